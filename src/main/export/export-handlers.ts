import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { buildExportModel } from '../../shared/export/model'
import type { ExportOptions } from '../../shared/export/options'
import { translate } from '../../shared/i18n/translate'
import type { ExportedFile, ExportStage } from '../../shared/ipc'
import { validateProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import type { HandlerContext, HandlerTable } from '../handlers'
import { writeFailure } from '../file-errors'
import type { Host } from '../host'
import { buildDocx } from './docx'
import { exportPdf } from './export-pdf'
import { publicationModel } from './publication'

/**
 * The export channels: one export at a time per window, cancellable, reporting its stage to the window.
 * The project comes from the renderer (it may hold unsaved changes) and is validated like a file on disk.
 */

type ExportChannels = Pick<HandlerTable, 'export:pdf' | 'export:docx' | 'export:cancel'>

const withExtension = (path: string, extension: string) => (path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`)

/** Checks the project can be exported with these options; the reason if not. */
function exportable(data: unknown, options: ExportOptions, now: Date): Result<ProjectFile> {
  const valid = validateProject(data)
  if (!valid.ok) return valid
  if (!valid.value.document) return fail('errorExportNoDocument')
  if (options.scope.kind !== 'all' && buildExportModel({ project: valid.value, options, now }).toc.length === 0) return fail('errorExportEmptyScope')
  return valid
}

/** Runs a job in the window's queue, after the saves and merges it asked for before. */
export type Serialise = <T>(context: HandlerContext, job: () => Promise<T>) => Promise<T>

export function createExportHandlers(host: Host, now: () => Date, serialise: Serialise = (_context, job) => job()): ExportChannels {
  const running = new Map<number, AbortController>()

  async function run(
    kind: 'pdf' | 'docx',
    request: { project: unknown; options: ExportOptions },
    context: HandlerContext,
    produce: (project: ProjectFile, signal: AbortSignal, onStage: (stage: ExportStage) => void) => Promise<Uint8Array>
  ): Promise<Result<ExportedFile | null>> {
    if (running.has(context.windowId)) return fail('errorExportBusy')
    const project = exportable(request.project, request.options, now())
    if (!project.ok) return project
    if (!host.chooseExportPath || (kind === 'pdf' && !host.printPdf)) return fail('errorExportFailed', { fileName: '' }, 'This host cannot export')
    const chosen = await host.chooseExportPath(`${project.value.meta.title || translate('untitledProject')}.${kind}`, kind)
    if (!chosen) return ok(null)
    const path = withExtension(chosen, kind)
    const controller = new AbortController()
    running.set(context.windowId, controller)
    const onStage = (stage: ExportStage) => host.notify?.(context.windowId, 'export:progress', { stage })
    try {
      return await serialise(context, async () => {
        controller.signal.throwIfAborted()
        const bytes = await produce(project.value, controller.signal, onStage)
        controller.signal.throwIfAborted()
        onStage('writing')
        await writeFile(path, bytes)
        return ok({ fileName: basename(path) })
      })
    } catch (error) {
      if (controller.signal.aborted) return ok(null)
      return writeFailure('errorExportFailed', error, path)
    } finally {
      running.delete(context.windowId)
    }
  }

  return {
    'export:pdf': (request, context) =>
      run('pdf', request, context, (project, signal, onStage) => exportPdf({ project, options: request.options, now: now(), signal, onStage }, host.printPdf!)),
    'export:docx': (request, context) =>
      run('docx', request, context, async (project, _signal, onStage) => {
        onStage('preparing')
        return buildDocx(await publicationModel(project, request.options, now()))
      }),
    'export:cancel': async (_request, context) => {
      running.get(context.windowId)?.abort()
      return ok(null)
    }
  }
}
