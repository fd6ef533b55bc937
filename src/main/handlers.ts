import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../shared/errors'
import type { Channel, MergeReply, ProjectSession, Replies, Request } from '../shared/ipc'
import { importFile, importSizeLimit, formatBytes } from '../shared/import/import-file'
import { importPlainText } from '../shared/import/plain-text'
import { nodeFormatReaders } from './import/readers'
import { createProject } from '../shared/project/create'
import { validateProject } from '../shared/project/parse'
import { projectExtension, type ProjectFile } from '../shared/project/schema'
import { createWelcomeProject } from '../shared/project/welcome'
import { translate, type Locale } from '../shared/i18n/translate'
import { createExportHandlers } from './export/export-handlers'
import type { Host } from './host'
import { FileRefusedError } from './store/json-file'
import { readFailure, writeFailure } from './file-errors'
import { importSourcesFile } from './sources/import-sources'
import { FileNotFoundError, readProject, writeProject } from './store/project-store'
import { RecentProjects } from './store/recent-projects'
import { stampChanges } from '../shared/merge/stamp'
import { mergeFromFile } from './merge/merge-from-file'
import { readWebAnnotationFile, writeWebAnnotationFile } from './exchange/web-annotation-files'
import { exportAknFile } from './exchange/akn-file'
import { backupPathFor } from './store/atomic-write'
import { BackupOffers } from './store/backup-offer'
import { IdentityStore } from './store/identity-store'
import { hashFile, OpenFiles } from './store/open-files'

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
}

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${projectExtension}`) ? path : `${path}.${projectExtension}`
}

/** The one table of IPC handlers. Electron registers it with ipcMain; end-to-end tests call the same table. */
export function createHandlers(deps: MainDependencies): HandlerTable {
  const now = deps.now ?? (() => new Date())
  const locale = deps.locale ?? 'en'
  const recent = new RecentProjects(deps.appDataDir)
  /** The file each window's project lives in; absent or null: not saved yet. */
  const openPaths = new Map<number, string | null>()
  /** Per window: the state the next save is compared with, and the file's hash to notice other writers. */
  const files = new OpenFiles()
  const identity = new IdentityStore(deps.appDataDir)
  const backups = new BackupOffers()
  /** The newest revision each window's file holds: a save of an older one never overwrites it. */
  const writtenRevisions = new Map<number, number>()
  /** Records what changed since the last read or write, signed with this install's author id. */
  const stamp = async (project: ProjectFile, context: HandlerContext) =>
    stampChanges(files.baselineFor(context.windowId, project), project, (await identity.get()).id, now().getTime())

  const remember = (path: string, project: ProjectFile) =>
    recent.add({ path, title: project.meta.title, openedAt: now().toISOString() })

  /** The window starts on another project (or none): what main knew about its file no longer applies. */
  function startOver(context: HandlerContext, path: string | null): void {
    openPaths.set(context.windowId, path)
    files.forget(context.windowId)
    backups.forgetWindow(context.windowId)
    writtenRevisions.delete(context.windowId)
  }

  async function openAt(path: string, context: HandlerContext): Promise<Result<ProjectSession>> {
    try {
      const hash = await hashFile(path)
      const project = await readProject(path)
      startOver(context, path)
      files.remember(context.windowId, path, project, hash)
      await remember(path, project)
      return ok({ fileName: basename(path), project })
    } catch (error) {
      if (error instanceof FileNotFoundError) await recent.remove(path)
      const refused = readFailure(error, path)
      return error instanceof FileRefusedError ? backups.offer(refused, path, context.windowId) : refused
    }
  }

  async function saveTo(path: string, request: Request<'project:save'>, context: HandlerContext): Promise<Result<Replies['project:save']>> {
    const written = writtenRevisions.get(context.windowId)
    // A newer revision already reached this file: writing this one would put older edits back.
    if (written !== undefined && written >= request.revision && openPaths.get(context.windowId) === path)
      return ok({ fileName: basename(path), revision: written, recent: await recent.list() })
    const valid = validateProject(request.project)
    if (!valid.ok) return valid
    const disk = await files.checkDisk(context.windowId, path)
    if (disk.changed) return fail('errorFileChangedOnDisk', { fileName: basename(path) })
    const project = await stamp({ ...valid.value, meta: { ...valid.value.meta, modified: now().toISOString() } }, context)
    try {
      await writeProject(path, project, disk.good)
      files.remember(context.windowId, path, project, await hashFile(path))
    } catch (error) {
      return writeFailure('errorFileUnwritable', error, path)
    }
    openPaths.set(context.windowId, path)
    writtenRevisions.set(context.windowId, request.revision)
    return ok({ fileName: basename(path), revision: request.revision, recent: await remember(path, project) })
  }

  async function saveAs(request: Request<'project:saveAs'>, context: HandlerContext): Promise<Result<Replies['project:saveAs']>> {
    const title = (request.project as { meta?: { title?: unknown } })?.meta?.title
    const chosen = await deps.host.chooseProjectSavePath(`${typeof title === 'string' && title ? title : translate('untitledProject', {}, locale)}.${projectExtension}`)
    return chosen ? saveTo(withExtension(chosen), request, context) : ok(null)
  }

  /** Merges the project file at `path` into the window's project `data`; nothing is kept until the user applies it. */
  async function mergeFrom(path: string, data: unknown, context: HandlerContext): Promise<Result<MergeReply>> {
    const mine = validateProject(data)
    if (!mine.ok) return mine
    try {
      const hash = await hashFile(path)
      const merged = await mergeFromFile(await stamp(mine.value, context), path)
      if (!merged.ok) return merged
      files.propose(context.windowId, merged.value.baseline, path, hash)
      return ok(merged.value.reply)
    } catch (error) {
      return readFailure(error, path)
    }
  }

  return {
    'app:start': async (_request, context) => {
      const firstLaunch = await recent.startFirstTime()
      if (firstLaunch) {
        startOver(context, null)
        return ok({ firstLaunch, recent: [], session: { fileName: null, project: createWelcomeProject(now(), locale) } })
      }
      const last = (await recent.entries())[0]
      const reopened = last ? await openAt(last.path, context) : undefined
      return ok({ firstLaunch, recent: await recent.list(), session: reopened?.ok ? reopened.value : null })
    },
    'project:new': async (request, context) => {
      startOver(context, null)
      return ok({ fileName: null, project: createProject({ title: request.title ?? translate('untitledProject', {}, locale), now: now() }) })
    },
    'project:open': async (request, context) => {
      if (request.recentId === undefined) {
        const chosen = await deps.host.chooseProjectToOpen()
        return chosen ? openAt(chosen, context) : ok(null)
      }
      const path = await recent.pathFor(request.recentId)
      return path ? openAt(path, context) : fail('errorRecentGone')
    },
    'project:save': async (request, context) => {
      const path = openPaths.get(context.windowId)
      return path ? saveTo(path, request, context) : saveAs(request, context)
    },
    'project:saveAs': async (request, context) => saveAs(request, context),
    'project:close': async (_request, context) => {
      startOver(context, null)
      openPaths.delete(context.windowId)
      return ok(null)
    },
    'project:mergeFromFile': async (request, context) => {
      const mine = validateProject(request.project)
      if (!mine.ok) return mine
      const path = await deps.host.chooseProjectToMerge()
      return path ? mergeFrom(path, mine.value, context) : ok(null)
    },
    'project:mergeFromDisk': async (request, context) => {
      const path = openPaths.get(context.windowId)
      return path ? mergeFrom(path, request.project, context) : fail('errorNoProjectOpen')
    },
    'project:acceptMerge': async (_request, context) => ok(files.acceptProposal(context.windowId)),
    'project:checkDisk': async (_request, context) => {
      const path = openPaths.get(context.windowId) ?? null
      return ok({ fileName: path && basename(path), changed: path ? (await files.checkDisk(context.windowId, path)).changed : false })
    },
    'project:openBackup': async (request, context) => {
      const path = backups.projectFor(request.backupId, context.windowId)
      if (!path) return fail('errorBadRequest', { channel: 'project:openBackup' })
      try {
        const project = await readProject(backupPathFor(path))
        startOver(context, path)
        // The damaged file stays the one on disk: the first save keeps it aside as `.damaged`.
        files.remember(context.windowId, path, project, await hashFile(path), false)
        return ok({ fileName: basename(path), project })
      } catch (error) {
        return readFailure(error, backupPathFor(path))
      }
    },
    'identity:get': async () => ok(await identity.get()),
    'annotations:exportWeb': async (request) => {
      const valid = validateProject(request.project)
      if (!valid.ok) return valid
      const path = (await deps.host.chooseWebAnnotationsSavePath?.(`${valid.value.meta.title || translate('untitledProject')}.jsonld`)) ?? null
      if (!path) return ok(null)
      try {
        await writeWebAnnotationFile(path, valid.value)
        return ok({ fileName: basename(path) })
      } catch (error) {
        return writeFailure('errorExportFailed', error, path)
      }
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
    'recent:list': async () => ok(await recent.list()),
    'sources:importFile': () => importSourcesFile(deps.host),
    'document:import': async () => {
      const path = await deps.host.chooseTextToImport()
      if (!path) return ok(null)
      try {
        const { size } = await stat(path)
        if (size > importSizeLimit) return fail('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) })
        const imported = await importFile(new Uint8Array(await readFile(path)), basename(path), nodeFormatReaders)
        return imported.ok ? ok({ fileName: basename(path), doc: imported.value.doc, report: imported.value.report }) : imported
      } catch (error) {
        return readFailure(error, path)
      }
    },
    'document:importText': async (request) => {
      if (!request.text.trim()) return fail('errorImportClipboardEmpty')
      const imported = importPlainText(request.text, { format: 'clipboard' })
      return imported.ok ? ok({ fileName: translate('importFormatClipboard', {}, locale), doc: imported.doc, report: imported.report }) : imported
    },
    'document:exportAkn': (request) => exportAknFile(request.project, deps.host, now),
    'shell:openExternal': async (request) => {
      await deps.host.openExternal(request.url)
      return ok(null)
    },
    ...createExportHandlers(deps.host, now)
  }
}
