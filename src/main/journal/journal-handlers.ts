import { fail, ok, type Result } from '../../shared/errors'
import type { ProjectSession, Replies, Request, RestoredWork } from '../../shared/ipc'
import { validateProject } from '../../shared/project/parse'
import type { HandlerContext, HandlerTable } from '../handlers'
import type { WindowSession } from '../session/window-session'
import type { WindowSessions } from '../session/window-sessions'
import { documentsValid } from './journal-file'
import type { HotExitJournals, JournalKey } from './hot-exit-journals'

type JournalChannels = Pick<HandlerTable, 'journal:append' | 'journal:offer' | 'journal:discard'>

/** The key of the project the window holds now: its file (id, path, content hash), or an untitled project's id. */
export function keyOfWindow(session: WindowSession, untitledProjectId: string): JournalKey | null {
  if (session.path === null) return { projectId: untitledProjectId, path: null, fileHash: null }
  const known = session.known
  return known ? { projectId: known.meta.id, path: session.path, fileHash: session.fileHash } : null
}

/** The channels the renderer's journal writer and restore offer use (restoring itself opens a project: project-handlers). */
export function createJournalHandlers(journals: HotExitJournals, sessions: WindowSessions): JournalChannels {
  return {
    'journal:append': async (request, context) => {
      const session = sessions.get(context.windowId)
      const key = keyOfWindow(session, request.projectId)
      // A batch for a project the window no longer holds (sent just before another was opened) is dropped.
      if (!key || key.projectId !== request.projectId) return ok({ needBase: false })
      if (!documentsValid(request.changes)) return fail('errorBadRequest', { channel: 'journal:append' })
      let base
      if (request.base !== undefined && key.path === null) {
        const valid = validateProject(request.base)
        if (!valid.ok || valid.value.meta.id !== key.projectId) return fail('errorBadRequest', { channel: 'journal:append' })
        base = valid.value
      }
      const title = base?.meta.title ?? session.known?.meta.title ?? ''
      return ok(await journals.append(context.windowId, key, { projectId: request.projectId, revision: request.revision, changes: request.changes, base }, title))
    },
    'journal:offer': async (_request, context) => {
      const known = sessions.get(context.windowId).known
      return ok(await journals.offer(known ? { projectId: known.meta.id } : null))
    },
    'journal:discard': async (request) => {
      await journals.discardOffer(request.offerId)
      return ok(null)
    }
  }
}

export interface RestoreSteps {
  /** Opens the file the edits were made to, as the window's project (as "Open" does). */
  openAt(path: string, context: HandlerContext): Promise<Result<ProjectSession>>
  /** Makes the window start on an untitled project. */
  startUntitled(context: HandlerContext): Promise<unknown>
  sessionOf(context: HandlerContext): WindowSession
}

/** Restores an offered journal into the window: opens its project, hands the journal to the window, returns the edits. */
export async function restoreJournal(
  journals: HotExitJournals,
  request: Request<'journal:restore'>,
  context: HandlerContext,
  steps: RestoreSteps
): Promise<Result<Replies['journal:restore']>> {
  const taken = await journals.take(request.offerId)
  if (!taken) return fail('errorRecoveryGone')
  const { header, records } = taken.contents
  let session: ProjectSession
  let key: JournalKey | null
  if (header.path !== null) {
    const opened = await steps.openAt(header.path, context)
    if (!opened.ok) {
      journals.giveBack(taken)
      return opened
    }
    session = opened.value
    // The file now holds another project (replaced by a copy of something else): these edits are not its.
    if (session.project.meta.id !== header.projectId) {
      journals.giveBack(taken)
      return fail('errorRecoveryOtherProject', { fileName: session.fileName ?? '' })
    }
    key = keyOfWindow(steps.sessionOf(context), header.projectId)
  } else if (header.base) {
    await steps.startUntitled(context)
    session = { fileName: null, project: header.base }
    key = { projectId: header.projectId, path: null, fileHash: null }
  } else {
    journals.giveBack(taken)
    return fail('errorRecoveryGone')
  }
  if (key) await journals.adopt(context.windowId, taken, key)
  const restored: RestoredWork = { session, changes: records.flatMap((record) => record.changes), olderVersion: key !== null && key.fileHash !== header.fileHash }
  return ok(restored)
}
