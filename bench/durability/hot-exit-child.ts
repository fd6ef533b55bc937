import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { inertHost } from '../../src/main/testing/inert-host'
import { noteAdded } from '../../src/main/testing/journal-edits'
import type { Annotation } from '../../src/shared/annotations/types'
import type { Channel, Replies } from '../../src/shared/ipc'

/**
 * One Glossa session of the hot-exit bench, run as a child process that the bench kills: main's real
 * handlers open the project, then edit after edit is journaled as the renderer's writer would send it, with
 * a save now and then. Each acknowledged journal batch and save is reported on stdout, so the bench knows
 * what the user was told had happened when the kill came.
 *
 * Usage: hot-exit-child.ts APP_DATA_DIR PROJECT_FILE FIRST_EDIT
 */

const [appDataDir, projectPath, firstEdit] = process.argv.slice(2)
const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => projectPath! }), appDataDir: appDataDir! })
const call = async <C extends Channel>(channel: C, request: unknown): Promise<Replies[C]> => {
  const reply = await dispatch(table, channel, request, { windowId: 1 })
  if (!reply.ok) throw new Error(`${channel} refused: ${JSON.stringify(reply.error)}`)
  return reply.value as Replies[C]
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function session() {
  const opened = await call('project:open', {})
  const project = opened!.project
  const notes: Annotation[] = [...(project.annotations as Annotation[])]
  process.stdout.write('ready\n')
  for (let edit = Number(firstEdit), revision = 1; ; edit++, revision++) {
    const change = noteAdded(edit)
    notes.push(change.value)
    await call('journal:append', { projectId: project.meta.id, revision, changes: [change] })
    process.stdout.write(`journaled ${change.id}\n`)
    if (edit % 7 === 0) {
      await call('project:save', { project: { ...project, annotations: notes }, revision })
      process.stdout.write(`saved ${change.id}\n`)
    }
    await pause(Math.random() * 15)
  }
}

void session()
