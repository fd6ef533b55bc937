import { userInfo } from 'node:os'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import type { MergeReply, ProjectSession, Replies, Request } from '../../shared/ipc'
import { translate, type Locale } from '../../shared/i18n/translate'
import { createProject } from '../../shared/project/create'
import { validateProject } from '../../shared/project/parse'
import { projectExtension, type ProjectFile } from '../../shared/project/schema'
import { validateProjectAgainst } from '../../shared/project/validate-changes'
import { createWelcomeProject } from '../../shared/project/welcome'
import { readFailure } from '../file-errors'
import type { HandlerContext, HandlerTable } from '../handlers'
import type { Host } from '../host'
import type { HotExitJournals } from '../journal/hot-exit-journals'
import { restoreJournal } from '../journal/journal-handlers'
import { mergeFromFile } from '../merge/merge-from-file'
import { removeStaleTemporaries } from '../store/atomic-write'
import { BackupOffers } from '../store/backup-offer'
import { backupPathFor } from '../store/backups'
import { conflictCopiesOf } from '../store/conflict-copies'
import { hashFile } from '../store/file-identity'
import type { IdentityStore } from '../store/identity-store'
import { PathOffers } from '../store/path-offers'
import { describeBackups } from '../store/previous-versions'
import { lockProject, type LockAttempt, type LockOptions } from '../store/project-lock'
import { FileNotFoundError, readProject, readProjectAndHash } from '../store/project-store'
import { FileRefusedError } from '../store/json-file'
import type { RecentProjects } from '../store/recent-projects'
import { saveToDisk, type SaveToDiskOptions } from './save-to-disk'
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
  | 'project:listVersions'
  | 'project:restoreVersion'
  | 'project:mergeConflictCopy'
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
  /** Test seams: the lock's staleness, and the file system steps and timings of a save. */
  lock?: LockOptions
  save?: Omit<SaveToDiskOptions, 'author' | 'now'>
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
  const versions = new PathOffers()
  const conflictCopies = new PathOffers()
  const sessionOf = (context: HandlerContext) => sessions.get(context.windowId)
  /** The name locks and conflict copies are named after: the author's, or the system user's before one is set. */
  const ownName = async () => (await identity.get()).name || userInfo().username

  /** The renderer's project, validated against what the window already holds, so only changes are checked in full. */
  const validated = (data: unknown, session: WindowSession) => {
    const known = session.known
    return known ? validateProjectAgainst(data, known) : validateProject(data)
  }

  /** Records what changed since the last read or write, signed with this install's author id. */
  const stamp = async (project: ProjectFile, session: WindowSession) =>
    stampChangedOnly(session.baselineFor(project), project, (await identity.get()).id, now().getTime())

  const remember = (path: string, project: ProjectFile) => recent.add({ path, title: project.meta.title, openedAt: now().toISOString() })

  /** The window leaves its project (for `path`, or none): its lock and its offers go with it. */
  async function startOver(context: HandlerContext, path: string | null): Promise<WindowSession> {
    const session = sessionOf(context)
    await session.releaseLock()
    session.startOver(path)
    for (const offers of [backups, versions, conflictCopies]) offers.forgetWindow(context.windowId)
    // The renderer leaves its project only when it is saved or the user chose to discard its changes.
    journals.discardWindow(context.windowId).catch((error: unknown) => console.error('Hot-exit journal not discarded', error))
    return session
  }

  /** Locks `path` for the window, or marks it read-only naming who holds it. */
  async function lockFor(session: WindowSession, path: string): Promise<void> {
    await adoptLock(session, path, await lockProject(path, { name: await ownName() }, { now, ...deps.lock }))
  }

  /** The conflict copies beside `path`, offered to the window for merging. */
  async function offerConflictCopies(path: string, windowId: number): Promise<ProjectSession['conflictCopies']> {
    const copies = await conflictCopiesOf(path)
    return copies.map((copy) => ({ id: conflictCopies.offer(copy, windowId, undefined), fileName: basename(copy) }))
  }

  /** What the renderer is told of an opened file beyond its content: read-only, and conflict copies to merge. */
  async function sessionReply(session: WindowSession, path: string, project: ProjectFile, windowId: number): Promise<ProjectSession> {
    const copies = await offerConflictCopies(path, windowId)
    return { fileName: basename(path), project, ...(session.readOnly ? { readOnly: session.readOnly } : {}), ...(copies?.length ? { conflictCopies: copies } : {}) }
  }

  /** The lock attempt `lockFor` made, taken in by the window's session: held, or read-only naming the holder. */
  async function adoptLock(session: WindowSession, path: string, attempt: LockAttempt): Promise<void> {
    if (!attempt.held) {
      session.readOnly = { holder: attempt.holder }
      return
    }
    session.holdLock(attempt.release)
    // Nobody else saves this file now: temporary files beside it were left by a save that was killed.
    await removeStaleTemporaries(path)
  }

  /** Opens `path` in the window; a file that is refused leaves the window's current project (and its lock) as they were. */
  async function openAt(path: string, context: HandlerContext): Promise<Result<ProjectSession>> {
    const current = sessionOf(context)
    // Reopening the file this window holds: its own lock is nobody else's.
    if (current.path === path) await current.releaseLock()
    // Locked before reading, so no other Glossa writes between the read and the lock.
    const attempt = await lockProject(path, { name: await ownName() }, { now, ...deps.lock })
    try {
      const { project, hash } = await readProjectAndHash(path)
      const session = await startOver(context, path)
      await adoptLock(session, path, attempt)
      session.remember(path, project, await diskRecord(path, hash))
      await remember(path, project)
      return ok(await sessionReply(session, path, project, context.windowId))
    } catch (error) {
      if (attempt.held) await attempt.release()
      if (error instanceof FileNotFoundError || (error as NodeJS.ErrnoException).code === 'ENOENT') await recent.remove(path)
      const refused = readFailure(error, path)
      return error instanceof FileRefusedError ? backups.offer(refused, path, context.windowId) : refused
    }
  }

  /** Save As to another file than the window's: that file is locked first (refused when someone else holds it). */
  async function lockNewPath(session: WindowSession, path: string): Promise<Result<(() => Promise<void>) | null>> {
    if (path === session.path && !session.readOnly) return ok(null)
    const attempt = await lockProject(path, { name: await ownName() }, { now, ...deps.lock })
    if (attempt.held) return ok(attempt.release)
    return fail('errorProjectLocked', { fileName: basename(path), holder: attempt.holder?.name || translate('lockHolderUnknown', {}, locale) })
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
      // A project opened read-only is saved once its holder has let it go (the disk check still guards the file).
      const newLock = await lockNewPath(session, path)
      if (!newLock.ok && session.readOnly && path === session.path) {
        return fail('errorProjectReadOnly', { fileName: basename(path), holder: session.readOnly.holder?.name || translate('lockHolderUnknown', {}, locale) })
      }
      if (!newLock.ok) return newLock
      const project = await stamp({ ...valid.value, meta: { ...valid.value.meta, modified: now().toISOString() } }, session)
      const saved = await saveToDisk(session, path, project, request.revision, { ...deps.save, author: await ownName(), now })
      if (newLock.value) {
        if (saved.ok && saved.value.conflictCopy === null) {
          await session.releaseLock()
          session.holdLock(newLock.value)
        } else await newLock.value()
      }
      if (!saved.ok) return saved
      if (saved.value.conflictCopy !== null) {
        return fail('errorSavedAsConflictCopy', { fileName: basename(path), copyName: basename(saved.value.conflictCopy) })
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
        await startOver(context, null)
        return ok({ firstLaunch, recent: [], session: { fileName: null, project: createWelcomeProject(now(), locale) } })
      }
      const last = (await recent.entries())[0]
      const reopened = last ? await openAt(last.path, context) : undefined
      return ok({ firstLaunch, recent: await recent.list(), session: reopened?.ok ? reopened.value : null })
    },
    'project:new': async (request, context) => {
      await startOver(context, null)
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
      await startOver(context, null)
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
        const session = await startOver(context, path)
        await lockFor(session, path)
        // The damaged file stays the one on disk: the first save keeps it aside as `.damaged`.
        session.remember(path, project, await diskRecord(path, await hashFile(path), false))
        return ok(await sessionReply(session, path, project, context.windowId))
      } catch (error) {
        return readFailure(error, backupPathFor(path))
      }
    },
    'project:listVersions': async (_request, context) => {
      const path = sessionOf(context).path
      if (!path) return ok([])
      const described = await describeBackups(path)
      const me = await identity.get()
      const nameOf = (backup: (typeof described)[number]) => backup.author || (backup.authorId === me.id ? me.name : '')
      return ok(described.map((backup) => ({ id: versions.offer(backup.path, context.windowId, undefined), savedAt: backup.savedAt.toISOString(), author: nameOf(backup), noteCount: backup.noteCount })))
    },
    'project:restoreVersion': async (request, context) => {
      const session = sessionOf(context)
      const version = versions.resolve(request.versionId, context.windowId)
      if (!version || !session.path) return fail('errorBadRequest', { channel: 'project:restoreVersion' })
      const path = session.path
      return session.serialise(async () => {
        let project: ProjectFile
        try {
          project = await readProject(version.path)
        } catch (error) {
          return error instanceof FileNotFoundError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? fail('errorVersionGone') : readFailure(error, version.path)
        }
        // The window keeps its file and lock; the file on disk is what the next save compares with (and keeps as a version).
        const current = await session.checkDisk(path)
        const disk = await diskRecord(path, await hashFile(path), current.good)
        const readOnly = session.readOnly
        session.startOver(path)
        session.readOnly = readOnly
        session.remember(path, project, disk)
        return ok(await sessionReply(session, path, project, context.windowId))
      })
    },
    'project:mergeConflictCopy': async (request, context) => {
      const copy = conflictCopies.resolve(request.copyId, context.windowId)
      return copy ? mergeFrom(copy.path, request.project, context) : fail('errorBadRequest', { channel: 'project:mergeConflictCopy' })
    },
    'recent:list': async () => ok(await recent.list()),
    'journal:restore': (request, context) =>
      restoreJournal(journals, request, context, { openAt, startUntitled: (context) => startOver(context, null), sessionOf })
  }
}
