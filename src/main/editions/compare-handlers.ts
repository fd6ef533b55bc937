import { basename } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { fail, ok } from '../../shared/errors'
import { translate } from '../../shared/i18n/translate'
import type { ComparedEdition } from '../../shared/ipc'
import { validateProject } from '../../shared/project/parse'
import type { Identity } from '../../shared/identity/identity'
import { comparativeTableOf, comparativeTablePdf } from '../export/comparative-table'
import { comparativeTableDocx } from '../export/comparative-table-docx'
import type { Serialise } from '../export/export-handlers'
import { writeFailure } from '../file-errors'
import type { HandlerTable } from '../handlers'
import type { Host } from '../host'
import { importChosenFile } from '../import/import-chosen-file'

/**
 * "Compare with Another Version…": main's dialog picks the other edition and main imports it through the
 * import path, keeping it for the window so that the comparative table is built from what main read, not
 * from a document the renderer sends back. The open project's text is the old edition (its notes fill the
 * commentary column), the chosen file the new one.
 */

type CompareChannels = Pick<HandlerTable, 'editions:openOther' | 'export:comparativeTable'>

const withExtension = (path: string, extension: string) => (path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`)

export function createCompareHandlers(host: Host, now: () => Date, serialise: Serialise, identity?: () => Promise<Pick<Identity, 'id' | 'name'>>): CompareChannels {
  const others = new Map<number, ComparedEdition>()
  return {
    'editions:openOther': async (_request, context) => {
      const path = await host.chooseTextToImport()
      if (!path) return ok(null)
      const imported = await importChosenFile(path)
      if (!imported.ok) return imported
      const edition: ComparedEdition = { fileName: imported.value.fileName, doc: imported.value.doc, language: imported.value.report.language }
      others.set(context.windowId, edition)
      return ok(edition)
    },
    'export:comparativeTable': async (request, context) => {
      const valid = validateProject(request.project)
      if (!valid.ok) return valid
      const document = valid.value.document
      if (!document) return fail('errorCompareNoDocument')
      const other = others.get(context.windowId)
      if (!other) return fail('errorCompareNoOther')
      if (!host.chooseExportPath || (request.format === 'pdf' && !host.printPdf)) return fail('errorExportFailed', { fileName: '' }, 'This host cannot export')
      const title = translate('comparativeTableTitle', {}, request.language ?? undefined)
      const chosen = await host.chooseExportPath(`${title} — ${valid.value.meta.title || translate('untitledProject')}.${request.format}`, request.format)
      if (!chosen) return ok(null)
      const path = withExtension(chosen, request.format)
      return serialise(context, async () => {
        try {
          const table = await comparativeTableOf({
            old: { doc: document.content, name: document.name || valid.value.meta.title, language: document.language },
            revised: { doc: other.doc, name: other.fileName, language: other.language },
            project: valid.value,
            labels: request.language,
            filters: new Set(request.filters),
            now: now(),
            identity: await identity?.()
          })
          const bytes = request.format === 'docx' ? await comparativeTableDocx(table) : await comparativeTablePdf(table, host.printPdf!, new AbortController().signal)
          await writeFile(path, bytes)
          return ok({ fileName: basename(path) })
        } catch (error) {
          return writeFailure('errorExportFailed', error, path)
        }
      })
    }
  }
}
