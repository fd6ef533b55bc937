import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import type { MergeReply, ProjectSession, Replies, Request } from '../../shared/ipc'
import { translate, type Locale } from '../../shared/i18n/translate'
import { createProject } from '../../shared/project/create'
import { validateProject } from '../../shared/project/parse'
import { projectExtension, type ProjectFile } from '../../shared/project/schema'
import { validateProjectAgainst } from '../../shared/project/validate-changes'
import { createWelcomeProject } from '../../shared/project/welcome'
import { readFailure, writeFailure } from '../file-errors'
import type { HandlerContext, HandlerTable } from '../handlers'
import type { Host } from '../host'
import type { HotExitJournals } from '../journal/hot-exit-journals'
import { restoreJournal } from '../journal/journal-handlers'
import { mergeFromFile } from '../merge/merge-from-file'
import { backupPathFor } from '../store/atomic-write'
import { BackupOffers } from '../store/backup-offer'
import { hashFile } from '../store/file-identity'
import type { IdentityStore } from '../store/identity-store'
import { FileNotFoundError, readProject, writeProject } from '../store/project-store'
import { FileRefusedError } from '../store/json-file'
import type { RecentProjects } from '../store/recent-projects'
import { stampChangedOnly } from './stamp-changed'
import { diskRecord, type WindowSession } from './window-session'
import type { WindowSessions } from './window-sessions'

type ProjectChannels = Pick<
  HandlerTable,
  | 'app:start'
  | 'project:new'
  | 'project:open'
  | 'project:save'
  | 'project:saveAs'
  | 'project:close'
  | 'project:mergeFromFile'
  | 'project:mergeFromDisk'
  | 'project:acceptMerge'
  | 'project:checkDisk'
  | 'project:openBackup'
  | 'recent:list'
  | 'journal:restore'
>

export interface ProjectHandlerDependencies {
  host: Host
  sessions: WindowSessions
  recent: RecentProjects
  identity: IdentityStore
  now: () => Date
  locale: Locale
  /** Hot exit: each save clears what it wrote from the window's journal; restoring opens the journal's project. */
  journals: HotExitJournals
}

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${projectExtension}`) ? path : `${path}.${projectExtension}`
}

/**
 * The channels of the open project: each window's file belongs to its `WindowSession`, and everything that
 * reads or writes it (save, merge) runs in the session's queue. Dialogs are answered before a job is queued,
 * so a window waiting on the user never holds up its own autosave.
 */
export function createProjectHandlers(deps: ProjectHandlerDependencies): ProjectChannels {
  const { host, sessions, recent, identity, now, locale, journals } = deps
  const backups = new BackupOffers()
  const sessionOf = (context: HandlerContext) => sessions.get(context.windowId)

  /** The renderer's project, validated against what the window already holds, so only changes are checked in full. */
  const validated = (data: unknown, session: WindowSession) => {
    const known = session.known
    return known ? validateProjectAgainst(data, known) : validateProject(data)
  }

  /** Records what changed since the last read or write, signed with this install's author id. */
  const stamp = async (project: ProjectFile, session: WindowSession) =>
    stampChangedOnly(session.baselineFor(project), project, (await identity.get()).id, now().getTime())

  const remember = (path: string, project: ProjectFile) => recent.add({ path, title: project.meta.title, openedAt: now().toISOString() })

  function startOver(context: HandlerContext, path: string | null): WindowSession {
    const session = sessionOf(context)
    session.startOver(path)
    backups.forgetWindow(context.windowId)
    // The renderer leaves its project only when it is saved or the user chose to discard its changes.
    journals.discardWindow(context.windowId).catch((error: unknown) => console.error('Hot-exit journal not discarded', error))
    return session
  }

  async function openAt(path: string, context: HandlerContext): Promise<Result<ProjectSession>> {
    try {
      const hash = await hashFile(path)
      const project = await readProject(path)
      startOver(context, path).remember(path, project, await diskRecord(path, hash))
      await remember(path, project)
      return ok({ fileName: basename(path), project })
    } catch (error) {
      if (error instanceof FileNotFoundError) await recent.remove(path)
      const refused = readFailure(error, path)
      return error instanceof FileRefusedError ? backups.offer(refused, path, context.windowId) : refused
    }
  }

  /** Writes `request.project` to `path`, in the window's queue, unless a newer revision is already there. */
  function saveTo(path: string, request: Request<'project:save'>, context: HandlerContext): Promise<Result<Replies['project:save']>> {
    const session = sessionOf(context)
    return session.serialise(async () => {
      const newer = session.newerOnDisk(path, request.revision)
      if (newer !== null) return ok({ fileName: basename(path), revision: newer, recent: await recent.list() })
      // Main's record of the sync state is the truth (stamp.ts): what the renderer passes through is not used.
      const known = session.known
      const sent = known && typeof request.project === 'object' && request.project !== null ? { ...request.project, sync: known.sync } : request.project
      const valid = validated(sent, session)
      if (!valid.ok) return valid
      const disk = await session.checkDisk(path)
      if (disk.changed) return fail('errorFileChangedOnDisk', { fileName: basename(path) })
      const project = await stamp({ ...valid.value, meta: { ...valid.value.meta, modified: now().toISOString() } }, session)
      try {
        const hash = await writeProject(path, project, disk.good)
        session.wrote(path, project, await diskRecord(path, hash), request.revision)
      } catch (error) {
        return writeFailure('errorFileUnwritable', error, path)
      }
      await journals
        .saved(context.windowId, request.revision, { projectId: project.meta.id, path, fileHash: session.fileHash }, project.meta.title)
        // The file is written: a journal that cannot be tidied costs at most a needless restore offer.
        .catch((error: unknown) => console.error('Hot-exit journal not cleared after a save', error))
      return ok({ fileName: basename(path), revision: request.revision, recent: await remember(path, project) })
    })
  }

  async function saveAs(request: Request<'project:saveAs'>, context: HandlerContext): Promise<Result<Replies['project:saveAs']>> {
    const title = (request.project as { meta?: { title?: unknown } } | null)?.meta?.title
    const chosen = await host.chooseProjectSavePath(`${typeof title === 'string' && title ? title : translate('untitledProject', {}, locale)}.${projectExtension}`)
    return chosen ? saveTo(withExtension(chosen), request, context) : ok(null)
  }

  /** Merges the project file at `path` into the window's project `data`; nothing is kept until the user applies it. */
  function mergeFrom(path: string, data: unknown, context: HandlerContext): Promise<Result<MergeReply>> {
    const session = sessionOf(context)
    return session.serialise(async () => {
      const mine = validated(data, session)
      if (!mine.ok) return mine
      try {
        const hash = await hashFile(path)
        const merged = await mergeFromFile(await stamp(mine.value, session), path)
        if (!merged.ok) return merged
        session.propose(merged.value.baseline, path, await diskRecord(path, hash))
        return ok(merged.value.reply)
      } catch (error) {
        return readFailure(error, path)
      }
    })
  }

  return {
    'app:start': async (_request, context) => {
      const firstLaunch = await recent.startFirstTime()
      const launchFile = sessions.takeFileToOpen(context.windowId)
      if (launchFile) {
        const opened = await openAt(launchFile, context)
        if (opened.ok) return ok({ firstLaunch: false, recent: await recent.list(), session: opened.value })
      }
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
        const chosen = await host.chooseProjectToOpen()
        return chosen ? openAt(chosen, context) : ok(null)
      }
      const path = await recent.pathFor(request.recentId)
      return path ? openAt(path, context) : fail('errorRecentGone')
    },
    'project:save': async (request, context) => {
      const path = sessionOf(context).path
      return path ? saveTo(path, request, context) : saveAs(request, context)
    },
    'project:saveAs': (request, context) => saveAs(request, context),
    'project:close': async (_request, context) => {
      startOver(context, null)
      return ok(null)
    },
    'project:mergeFromFile': async (request, context) => {
      const path = await host.chooseProjectToMerge()
      return path ? mergeFrom(path, request.project, context) : ok(null)
    },
    'project:mergeFromDisk': async (request, context) => {
      const path = sessionOf(context).path
      return path ? mergeFrom(path, request.project, context) : fail('errorNoProjectOpen')
    },
    'project:acceptMerge': async (_request, context) => {
      sessionOf(context).acceptProposal()
      return ok(null)
    },
    'project:checkDisk': async (_request, context) => {
      const session = sessionOf(context)
      const path = session.path
      return ok({ fileName: path && basename(path), changed: path ? (await session.checkDisk(path)).changed : false })
    },
    'project:openBackup': async (request, context) => {
      const path = backups.projectFor(request.backupId, context.windowId)
      if (!path) return fail('errorBadRequest', { channel: 'project:openBackup' })
      try {
        const project = await readProject(backupPathFor(path))
        // The damaged file stays the one on disk: the first save keeps it aside as `.damaged`.
        startOver(context, path).remember(path, project, await diskRecord(path, await hashFile(path), false))
        return ok({ fileName: basename(path), project })
      } catch (error) {
        return readFailure(error, backupPathFor(path))
      }
    },
    'recent:list': async () => ok(await recent.list()),
    'journal:restore': (request, context) =>
      restoreJournal(journals, request, context, { openAt, startUntitled: (context) => void startOver(context, null), sessionOf })
  }
}
