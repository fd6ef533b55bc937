import { basename } from 'node:path'
import { fail, ok, type Result } from '../shared/errors'
import type { Channel, Replies, Request } from '../shared/ipc'
import { importPlainText } from '../shared/import/plain-text'
import { validateProject } from '../shared/project/parse'
import { translate, type Locale } from '../shared/i18n/translate'
import { createExportHandlers } from './export/export-handlers'
import { exportAknFile } from './exchange/akn-file'
import { readWebAnnotationFile, writeWebAnnotationFile } from './exchange/web-annotation-files'
import { readFailure, writeFailure } from './file-errors'
import { createCompareHandlers } from './editions/compare-handlers'
import type { Host } from './host'
import { importChosenFile } from './import/import-chosen-file'
import { createProjectHandlers } from './session/project-handlers'
import { WindowSessions } from './session/window-sessions'
import { importSourcesFile } from './sources/import-sources'
import { IdentityStore } from './store/identity-store'
import { RecentProjects } from './store/recent-projects'

/** Who sent a message: each window has its own open project. */
export interface HandlerContext {
  windowId: number
}

export type Handler<C extends Channel> = (request: Request<C>, context: HandlerContext) => Promise<Result<Replies[C]>>
export type HandlerTable = { [C in Channel]: Handler<C> }

export interface MainDependencies {
  host: Host
  appDataDir: string
  now?: () => Date
  /** The app's language, for the welcome project and names main makes up; English when absent. */
  locale?: Locale
  /** Each window's open project; Electron passes its own to drop a window's session when it closes. */
  sessions?: WindowSessions
}

/** The one table of IPC handlers. Electron registers it with ipcMain; end-to-end tests call the same table. */
export function createHandlers(deps: MainDependencies): HandlerTable {
  const now = deps.now ?? (() => new Date())
  const locale = deps.locale ?? 'en'
  const recent = new RecentProjects(deps.appDataDir)
  const identity = new IdentityStore(deps.appDataDir)
  const sessions = deps.sessions ?? new WindowSessions()
  /** Exports write no project file, but run in the window's queue too: after the saves asked for before them. */
  const serialise = <T>(context: HandlerContext, job: () => Promise<T>) => sessions.get(context.windowId).serialise(job)

  return {
    ...createProjectHandlers({ host: deps.host, sessions, recent, identity, now, locale }),
    'identity:get': async () => ok(await identity.get()),
    'annotations:exportWeb': async (request, context) => {
      const valid = validateProject(request.project)
      if (!valid.ok) return valid
      const path = (await deps.host.chooseWebAnnotationsSavePath?.(`${valid.value.meta.title || translate('untitledProject')}.jsonld`)) ?? null
      if (!path) return ok(null)
      return serialise(context, async () => {
        try {
          await writeWebAnnotationFile(path, valid.value)
          return ok({ fileName: basename(path) })
        } catch (error) {
          return writeFailure('errorExportFailed', error, path)
        }
      })
    },
    'annotations:readWeb': async () => {
      const path = (await deps.host.chooseWebAnnotationsToImport?.()) ?? null
      if (!path) return ok(null)
      try {
        return await readWebAnnotationFile(path)
      } catch (error) {
        return readFailure(error, path)
      }
    },
    'identity:set': async (request) => ok(await identity.set(request)),
    'sources:importFile': () => importSourcesFile(deps.host),
    'document:import': async () => {
      const path = await deps.host.chooseTextToImport()
      return path ? importChosenFile(path) : ok(null)
    },
    'document:importText': async (request) => {
      if (!request.text.trim()) return fail('errorImportClipboardEmpty')
      const imported = importPlainText(request.text, { format: 'clipboard' })
      return imported.ok ? ok({ fileName: translate('importFormatClipboard', {}, locale), doc: imported.doc, report: imported.report }) : imported
    },
    'document:exportAkn': (request, context) => exportAknFile(request.project, deps.host, now, (job) => serialise(context, job)),
    'shell:openExternal': async (request) => {
      await deps.host.openExternal(request.url)
      return ok(null)
    },
    ...createExportHandlers(deps.host, now, serialise, () => identity.get()),
    ...createCompareHandlers(deps.host, now, serialise, () => identity.get())
  }
}
