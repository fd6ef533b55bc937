import { basename } from 'node:path'
import { fail, ok, type Result } from '../shared/errors'
import type { Channel, RecentProject, Replies, Request } from '../shared/ipc'
import { importPlainText } from '../shared/import/plain-text'
import { validateProject } from '../shared/project/parse'
import { translate, type Locale } from '../shared/i18n/translate'
import { createExportHandlers } from './export/export-handlers'
import { exportAknFile } from './exchange/akn-file'
import { readWebAnnotationFile, writeWebAnnotationFile } from './exchange/web-annotation-files'
import { readFailure, writeFailure } from './file-errors'
import { createCompareHandlers } from './editions/compare-handlers'
import type { Host } from './host'
import { externalLinkHandler } from './links/external-links'
import { HotExitJournals } from './journal/hot-exit-journals'
import { createJournalHandlers } from './journal/journal-handlers'
import { createProjectHandlers, type ProjectHandlerDependencies } from './session/project-handlers'
import { importChosenFile } from './import/import-chosen-file'
import { WindowSessions } from './session/window-sessions'
import { importSourcesFile } from './sources/import-sources'
import { sourceFromChosenFile } from './sources/source-files'
import { createCodebookHandlers } from './tags/codebook-handlers'
import { IdentityStore } from './store/identity-store'
import { RecentProjects } from './store/recent-projects'
import { SettingsStore } from './settings/settings-store'

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
  /** The user's settings; Electron passes the one its windows keep their bounds in. */
  settings?: SettingsStore
  /** Test seams of the project store: the lock's staleness, a save's file system steps and timings. */
  store?: Pick<ProjectHandlerDependencies, 'lock' | 'save'>
  /** Hot-exit journals; Electron passes its own to discard or release a window's journal when it closes. */
  journals?: HotExitJournals
}

/** The one table of IPC handlers. Electron registers it with ipcMain; end-to-end tests call the same table. */
export function createHandlers(deps: MainDependencies): HandlerTable {
  const now = deps.now ?? (() => new Date())
  const locale = deps.locale ?? 'en'
  const showRecent = (list: RecentProject[]) => deps.host.showRecentProjects?.(list, () => void recent.clear())
  const recent: RecentProjects = new RecentProjects(deps.appDataDir, { added: (path) => deps.host.addRecentDocument?.(path), changed: showRecent })
  // The Open Recent menu starts with the list as it was left.
  if (deps.host.showRecentProjects) void recent.list().then(showRecent)
  const identity = new IdentityStore(deps.appDataDir)
  const settings = deps.settings ?? new SettingsStore(deps.appDataDir)
  const sessions = deps.sessions ?? new WindowSessions()
  const journals = deps.journals ?? new HotExitJournals(deps.appDataDir, now)
  /** Exports write no project file, but run in the window's queue too: after the saves asked for before them. */
  const serialise = <T>(context: HandlerContext, job: () => Promise<T>) => sessions.get(context.windowId).serialise(job)

  return {
    ...createProjectHandlers({ host: deps.host, sessions, recent, identity, now, locale, journals, ...deps.store }),
    ...createJournalHandlers(journals, sessions),
    'identity:get': async () => ok(await identity.get()),
    'recent:remove': async (request) => ok(await recent.removeById(request.recentId)),
    'recent:clear': async () => ok(await recent.clear()),
    'settings:get': async () => ok(await settings.view()),
    'settings:set': async (request) => {
      const view = await settings.changeView(request)
      if (request.theme) deps.host.setThemeSource?.(request.theme)
      return ok(view)
    },
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
    'sources:readFile': () => sourceFromChosenFile(deps.host, now()),
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
    'shell:openExternal': externalLinkHandler(deps.host, deps.appDataDir),
    ...createExportHandlers(deps.host, now, serialise, () => identity.get()),
    ...createCodebookHandlers(deps.host, locale),
    ...createCompareHandlers(deps.host, now, serialise, () => identity.get())
  }
}
