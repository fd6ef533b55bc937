/**
 * The child process of the kill scenario (kills.ts): opens a project through main's real project handlers
 * and saves it again and again, one edit per save, printing "saved N" once main has answered that revision
 * N is on disk. The parent kills it with SIGKILL at a random moment.
 *
 * Run (by kills.ts): node save-loop.js PROJECT APP_DATA
 */
import { dispatch } from '../../src/main/dispatch'
import type { Replies } from '../../src/shared/ipc'
import { projectChannels } from './project-channels'

async function loop(file: string, appDataDir: string) {
  const table = projectChannels(file, appDataDir)
  const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
  if (!opened.ok || !opened.value) throw new Error(`the project must open: ${JSON.stringify(opened)}`)
  const { project, readOnly } = opened.value as NonNullable<Replies['project:open']>
  if (readOnly) throw new Error('the project must not be held by anyone else')
  process.stdout.write('opened\n')
  for (let revision = 1; ; revision++) {
    const edited = { ...project, meta: { ...project.meta, title: `Edit ${revision}` } }
    const saved = await dispatch(table, 'project:save', { project: edited, revision }, { windowId: 1 })
    if (!saved.ok) throw new Error(`save refused: ${JSON.stringify(saved.error)}`)
    process.stdout.write(`saved ${revision}\n`)
  }
}

void loop(process.argv[2]!, process.argv[3]!).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
