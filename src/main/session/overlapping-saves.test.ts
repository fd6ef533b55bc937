import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/errors'
import type { Replies } from '../../shared/ipc'
import { createProject } from '../../shared/project/create'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { inertHost } from '../testing/inert-host'
import { useTempFolder } from '../testing/temp-folder'

/**
 * Issue 11, defect 4: two overlapping saves both reported success while the file kept the older edit (26 of
 * 50 simultaneous pairs through main's real handlers). Saves of one window are serialised and carry the
 * renderer's revision: the newest revision always reaches the disk, and no reply claims more than was written.
 */

const folder = useTempFolder('glossa-overlap-')
const pairs = 50

async function openedProject() {
  const file = join(folder(), 'thesis.glossa')
  await writeFile(file, serialiseProject(createProject({ title: 'Revision 0', now: new Date('2026-01-01T00:00:00Z') })))
  const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => file }), appDataDir: join(folder(), 'app-data') })
  const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
  if (!opened.ok || !opened.value) throw new Error('the project must open')
  const project = (opened.value as Replies['project:open'])!.project
  const save = (revision: number) =>
    dispatch(table, 'project:save', { project: { ...project, meta: { ...project.meta, title: `Revision ${revision}` } }, revision }, { windowId: 1 }) as Promise<
      Result<Replies['project:save']>
    >
  const titleOnDisk = async () => {
    const read = parseProjectFile(await readFile(file, 'utf8'))
    if (!read.ok) throw new Error('the file must stay a good project')
    return (read.value as ProjectFile).meta.title
  }
  return { save, titleOnDisk }
}

describe('overlapping saves of one window', () => {
  it(`keep the newest edit on disk in ${pairs} simultaneous pairs, and each reply says what was written`, async () => {
    const { save, titleOnDisk } = await openedProject()
    const outcomes: string[] = []
    for (let pair = 0; pair < pairs; pair++) {
      const older = 2 * pair + 1
      const newer = older + 1
      // Half the pairs arrive newest first, as a slow older save and a quick autosave can.
      const [first, second] = await Promise.all(pair % 2 ? [save(newer), save(older)] : [save(older), save(newer)])
      const [olderReply, newerReply] = pair % 2 ? [second, first] : [first, second]
      const onDisk = await titleOnDisk()
      outcomes.push(onDisk === `Revision ${newer}` ? 'newest' : `pair ${pair}: the file holds ${onDisk}`)
      // Each reply says which revision reached the disk: its own, or the newer one already there.
      expect(olderReply).toMatchObject({ ok: true, value: { revision: expect.toBeOneOf([older, newer]) } })
      expect(newerReply).toMatchObject({ ok: true, value: { revision: newer } })
    }
    expect(outcomes.filter((outcome) => outcome !== 'newest')).toEqual([])
    // A hundred real saves with fsync: generous on a busy machine; this is not a speed test.
  }, 60_000)

  it('never writes an older revision over a newer one that reached the disk', async () => {
    const { save, titleOnDisk } = await openedProject()
    expect(await save(7)).toMatchObject({ ok: true, value: { revision: 7 } })
    expect(await save(3)).toMatchObject({ ok: true, value: { revision: 7 } })
    expect(await titleOnDisk()).toBe('Revision 7')
  })
})
