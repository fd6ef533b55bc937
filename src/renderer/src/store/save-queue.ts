import type { Result } from '../../../shared/errors'
import type { ProjectFile } from '../../../shared/project/schema'
import type { SavedProject } from '../../../shared/ipc'
import { composeProject } from './compose'
import type { ProjectStore } from './project-store'

/** Sends one save to main; `as` asks where to save first. Null: the user cancelled the dialog. */
export type SendSave = (request: { project: ProjectFile; revision: number; as: boolean }) => Promise<Result<SavedProject | null>>

/**
 * Saves one at a time. A save asked for while another is in flight runs once that one is answered, with
 * the project as it is then, so the newest edit always reaches the disk; a reply marks the project clean
 * only up to the revision it wrote, so edits made meanwhile stay unsaved.
 */
export function createSaveQueue(store: ProjectStore, send: SendSave) {
  let running: Promise<void> | null = null
  let queued: { as: boolean } | null = null

  const saveOnce = async (as: boolean) => {
    store.flushEdits()
    const state = store.getState()
    const project = composeProject(state, store.text())
    if (!project || !state.open) return store.showError({ code: 'errorNoProjectOpen' })
    const { generation } = state.open
    const revision = store.nextSaveRevision()
    const reply = await send({ project, revision, as })
    if (!reply.ok) return store.showError(reply.error)
    if (!reply.value) return
    store.saved({ generation, revision: reply.value.revision, fileName: reply.value.fileName, recent: reply.value.recent })
  }

  const drain = async () => {
    while (queued) {
      const { as } = queued
      queued = null
      await saveOnce(as)
    }
    running = null
  }

  return {
    /** Saves now, or as soon as the save in flight is answered; resolves once the project is saved or refused. */
    save(as = false): Promise<void> {
      queued = { as: as || Boolean(queued?.as) }
      running ??= drain()
      return running
    },
    inFlight: () => running !== null
  }
}
