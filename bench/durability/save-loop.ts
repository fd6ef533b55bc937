/**
 * The child process of the kill scenario (kills.ts): opens a project through main's real project handlers
 * and saves it again and again, one edit per save, printing "saved N" once main has answered that revision
 * N is on disk. The parent kills it with SIGKILL at a random moment. Only the project channels are built
 * (the export handlers would load PDF and Word libraries for nothing, at every start).
 *
 * Run (by kills.ts): node save-loop.js PROJECT APP_DATA
 */
import { dispatch } from '../../src/main/dispatch'
import type { HandlerTable } from '../../src/main/handlers'
import { createProjectHandlers } from '../../src/main/session/project-handlers'
import { WindowSessions } from '../../src/main/session/window-sessions'
import { IdentityStore } from '../../src/main/store/identity-store'
import { RecentProjects } from '../../src/main/store/recent-projects'
import { inertHost } from '../../src/main/testing/inert-host'
import type { Replies } from '../../src/shared/ipc'

async function loop(file: string, appDataDir: string) {
  const projectHandlers = createProjectHandlers({
    host: inertHost({ chooseProjectToOpen: async () => file }),
    sessions: new WindowSessions(),
    recent: new RecentProjects(appDataDir),
    identity: new IdentityStore(appDataDir),
    now: () => new Date(),
    locale: 'en'
  })
  const table = projectHandlers as HandlerTable
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
