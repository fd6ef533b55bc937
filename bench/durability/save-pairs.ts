import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { projectText } from '../../src/main/store/project-store'
import { inertHost } from '../../src/main/testing/inert-host'
import type { Replies } from '../../src/shared/ipc'
import type { ProjectFile } from '../../src/shared/project/schema'
import { sharedProject } from '../merge/projects'
import { titleIfIntact } from './project-files'
import type { DurabilityScenario } from './scenario'

/**
 * 50 pairs of overlapping saves of one window through main's real handlers (half the pairs arriving newest
 * first, as a slow save and a quick autosave can). A pair loses an edit when the file does not end with the
 * newer revision, or when a reply says a revision is on disk that is not.
 */
export const savePairs: DurabilityScenario = {
  name: 'save pairs',
  async run({ quick, folder }) {
    const pairs = quick ? 10 : 50
    const file = join(folder, 'pairs.glossa')
    await writeFile(file, projectText(sharedProject(2_000)))
    const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => file }), appDataDir: join(folder, 'app-data-pairs') })
    const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
    if (!opened.ok || !opened.value) throw new Error('the project must open')
    const { project } = opened.value as NonNullable<Replies['project:open']>
    const save = async (revision: number) => {
      const edited: ProjectFile = { ...project, meta: { ...project.meta, title: `Revision ${revision}` } }
      const reply = await dispatch(table, 'project:save', { project: edited, revision }, { windowId: 1 })
      return reply.ok ? (reply.value as Replies['project:save'])!.revision : null
    }
    let lostEdits = 0
    for (let pair = 0; pair < pairs; pair++) {
      const older = 2 * pair + 1
      const newer = older + 1
      const [first, second] = await Promise.all(pair % 2 ? [save(newer), save(older)] : [save(older), save(newer)])
      const claimed = Math.max(first ?? 0, second ?? 0)
      const onDisk = await titleIfIntact(file)
      if (onDisk !== `Revision ${newer}` || claimed !== newer) lostEdits++
    }
    await dispatch(table, 'project:close', {}, { windowId: 1 })
    return { save_pairs: pairs, lost_edits: lostEdits }
  }
}
