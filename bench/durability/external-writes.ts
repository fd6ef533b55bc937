import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { projectText } from '../../src/main/store/project-store'
import type { WriteFs } from '../../src/main/store/write-fs'
import { inertHost } from '../../src/main/testing/inert-host'
import { writeFsWith } from '../../src/main/testing/write-fs-hooks'
import type { Replies } from '../../src/shared/ipc'
import { sharedProject } from '../merge/projects'
import { titleIfIntact } from './project-files'
import type { DurabilityScenario } from './scenario'

/**
 * 25 writes by another program (a sync client, a colleague's Glossa on a shared folder) landing while main's
 * real save runs: while our temporary file is written, while it is fsynced, or while the backup is kept.
 * `overwritten`: their write did not survive; `lost_edits`: our edit is neither in the file nor in a
 * conflict copy beside it.
 */

type Moment = 'write' | 'sync' | 'backup'
const moments: Moment[] = ['write', 'sync', 'backup']

/** The real file system, with `land()` run once at `moment` of the save. */
function landingAt(moment: Moment, land: () => Promise<void>): WriteFs {
  let landed = false
  const at = (when: Moment) => async () => {
    if (when !== moment || landed) return
    landed = true
    await land()
  }
  return writeFsWith({ beforeWrite: at('write'), afterSync: at('sync'), beforeRename: at('backup') })
}

export const externalWrites: DurabilityScenario = {
  name: 'external writes',
  async run({ quick, folder }) {
    const count = quick ? 6 : 25
    const base = sharedProject(500)
    let overwritten = 0
    let lostEdits = 0
    for (let trial = 0; trial < count; trial++) {
      const trialFolder = join(folder, `external-${trial}`)
      await (await import('node:fs/promises')).mkdir(trialFolder)
      const file = join(trialFolder, 'shared.glossa')
      await writeFile(file, projectText(base))
      const theirs = projectText({ ...base, meta: { ...base.meta, title: `Their write ${trial}` } })
      const fs = landingAt(moments[trial % moments.length]!, () => writeFile(file, theirs))
      const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => file }), appDataDir: join(folder, 'app-data-external'), store: { save: { fs } } })
      const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
      if (!opened.ok || !opened.value) throw new Error('the project must open')
      const { project } = opened.value as NonNullable<Replies['project:open']>
      const ours = `Our edit ${trial}`
      await dispatch(table, 'project:save', { project: { ...project, meta: { ...project.meta, title: ours } }, revision: 1 }, { windowId: 1 })
      if ((await readFile(file, 'utf8')) !== theirs) overwritten++
      const beside = await Promise.all((await readdir(trialFolder)).filter((name) => name.endsWith('.glossa')).map((name) => titleIfIntact(join(trialFolder, name))))
      if (!beside.includes(ours)) lostEdits++
      await dispatch(table, 'project:close', {}, { windowId: 1 })
    }
    return { external_writes: count, overwritten, lost_edits: lostEdits }
  }
}
