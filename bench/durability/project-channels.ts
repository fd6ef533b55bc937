import type { HandlerTable } from '../../src/main/handlers'
import { HotExitJournals } from '../../src/main/journal/hot-exit-journals'
import { createProjectHandlers } from '../../src/main/session/project-handlers'
import { WindowSessions } from '../../src/main/session/window-sessions'
import { IdentityStore } from '../../src/main/store/identity-store'
import { RecentProjects } from '../../src/main/store/recent-projects'
import { inertHost } from '../../src/main/testing/inert-host'

/**
 * Main's real project handlers for a child process of the bench, opening `file` when asked; only the project
 * channels are built (the export handlers would load PDF and Word libraries for nothing, at every start).
 */
export function projectChannels(file: string, appDataDir: string): HandlerTable {
  return createProjectHandlers({
    host: inertHost({ chooseProjectToOpen: async () => file }),
    sessions: new WindowSessions(),
    recent: new RecentProjects(appDataDir),
    identity: new IdentityStore(appDataDir),
    now: () => new Date(),
    locale: 'en',
    journals: new HotExitJournals(appDataDir)
  }) as HandlerTable
}
