import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatch } from '../src/main/dispatch'
import { createHandlers } from '../src/main/handlers'
import { projectText } from '../src/main/store/project-store'
import { inertHost } from '../src/main/testing/inert-host'
import type { Channel, Replies } from '../src/shared/ipc'
import type { ProjectFile } from '../src/shared/project/schema'

/**
 * Main's real handler table on real files in a temporary folder, for the save and merge benchmarks: dialogs
 * answer with the files the benchmark queued, and what the renderer would receive comes as a JSON copy (the
 * IPC bridge copies every message).
 */
export async function mainWithFiles(files: Record<string, ProjectFile>) {
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-main-'))
  const paths: Record<string, string> = {}
  for (const [name, project] of Object.entries(files)) {
    paths[name] = join(folder, `${name}.glossa`)
    await writeFile(paths[name]!, projectText(project))
  }
  const answers: string[] = []
  const host = inertHost({ chooseProjectToOpen: async () => answers.shift() ?? null, chooseProjectToMerge: async () => answers.shift() ?? null })
  const table = createHandlers({ host, appDataDir: join(folder, 'app-data') })
  /** Main's reply as main returns it (timed as main's work: the bridge's copy is not part of it). */
  const call = async <C extends Channel>(channel: C, request: unknown): Promise<Replies[C]> => {
    const reply = await dispatch(table, channel, request, { windowId: 1 })
    if (!reply.ok) throw new Error(`${channel} refused: ${JSON.stringify(reply.error)}`)
    return reply.value as Replies[C]
  }
  return {
    folder,
    paths,
    call,
    /** A reply as the renderer receives it: a copy, sharing no object with main. */
    rendererCopy: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
    /** Answers the next open or merge dialog with the file named `name`. */
    choose: (name: string) => answers.push(paths[name]!),
    dispose: () => rm(folder, { recursive: true, force: true })
  }
}
