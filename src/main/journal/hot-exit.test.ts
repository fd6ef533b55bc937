import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/errors'
import type { Channel, Replies, Request } from '../../shared/ipc'
import { createProject } from '../../shared/project/create'
import { serialiseProject } from '../../shared/project/parse'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { markLockHolderDead } from '../testing/dead-process-lock'
import { inertHost } from '../testing/inert-host'
import { noteAdded } from '../testing/journal-edits'
import { useTempFolder } from '../testing/temp-folder'

/**
 * Hot exit through main's real handler table: edits journaled, the process "killed" (its handler table
 * dropped without a save), a new table on the same app-data folder offers them back, once.
 */

const folder = useTempFolder('glossa-hot-exit-')
const window1 = { windowId: 1 }
const appData = () => join(folder(), 'app-data')
const projectPath = () => join(folder(), 'thesis.glossa')

/**
 * A Glossa process: its own handler table over the shared app-data folder. Each one starts after the one
 * before has died (crashed, killed, powered off): the lock it left names a process that no longer runs, which
 * the real lock recovers at once.
 */
function startGlossa(now = () => new Date('2026-12-04T20:15:00Z')) {
  markLockHolderDead(projectPath())
  const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => projectPath() }), appDataDir: appData(), now })
  return async <C extends Channel>(channel: C, request: Request<C>): Promise<Replies[C]> => {
    const reply = (await dispatch(table, channel, request, window1)) as Result<Replies[C]>
    if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code}`)
    return reply.value
  }
}

async function writeProjectFile() {
  const project = createProject({ title: 'Thesis', now: new Date('2026-01-01T00:00:00Z') })
  await writeFile(projectPath(), serialiseProject(project))
  return project
}

describe('hot exit', () => {
  it('offers an untitled project’s unsaved edits after a kill, with how many and from when, and restores them once', async () => {
    const first = startGlossa()
    const { project } = await first('project:new', {})
    await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)], base: project })
    await first('journal:append', { projectId: project.meta.id, revision: 3, changes: [noteAdded(2), noteAdded(1)] })

    const second = startGlossa()
    const offer = await second('journal:offer', {})
    expect(offer).toMatchObject({ title: project.meta.title, fileName: null, changes: 2, firstAt: '2026-12-04T20:15:00.000Z', lastAt: '2026-12-04T20:15:00.000Z', olderVersion: false })
    const restored = await second('journal:restore', { offerId: offer!.offerId })
    expect(restored.session).toEqual({ fileName: null, project })
    expect(restored.changes.map((change) => (change.in === 'annotations' ? change.id : change.in))).toEqual(['note-1', 'note-2', 'note-1'])
    // Restored once: the same offer is gone, and no new offer shows the same edits.
    await expect(second('journal:restore', { offerId: offer!.offerId })).rejects.toThrow('errorRecoveryGone')
    expect(await second('journal:offer', {})).toBeNull()
  })

  it('keeps restored edits journaled until they are saved: a second crash offers them again, a save clears them', async () => {
    await writeProjectFile()
    const first = startGlossa()
    const opened = await first('project:open', {})
    await first('journal:append', { projectId: opened!.project.meta.id, revision: 5, changes: [noteAdded(1)] })

    const second = startGlossa()
    expect(await second('app:start', {})).toMatchObject({ session: { fileName: 'thesis.glossa' } })
    const offer = await second('journal:offer', {})
    expect(offer).toMatchObject({ fileName: 'thesis.glossa', changes: 1, olderVersion: false })
    const restored = await second('journal:restore', { offerId: offer!.offerId })

    // Killed again before saving: the restored edit is still there.
    const third = startGlossa()
    await third('app:start', {})
    const again = await third('journal:offer', {})
    expect(again).toMatchObject({ changes: 1 })
    const back = await third('journal:restore', { offerId: again!.offerId })
    const annotation = back.changes[0]!.in === 'annotations' ? back.changes[0]!.value : null
    await third('project:save', { project: { ...restored.session.project, annotations: [annotation] }, revision: 1 })

    const fourth = startGlossa()
    await fourth('app:start', {})
    expect(await fourth('journal:offer', {})).toBeNull()
    expect(await readdir(join(appData(), 'hot-exit'))).toEqual([])
  })

  it('offers edits made to an older version of the file as such', async () => {
    const project = await writeProjectFile()
    const first = startGlossa()
    await first('project:open', {})
    await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)] })
    // Another program (a sync client) writes the file before Glossa starts again.
    await writeFile(projectPath(), serialiseProject({ ...project, meta: { ...project.meta, title: 'Thesis, synced' } }))

    const second = startGlossa()
    await second('app:start', {})
    const offer = await second('journal:offer', {})
    expect(offer).toMatchObject({ olderVersion: true, changes: 1 })
    const restored = await second('journal:restore', { offerId: offer!.offerId })
    expect(restored).toMatchObject({ olderVersion: true, session: { project: { meta: { title: 'Thesis, synced' } } } })
  })

  it('keeps the edits a save did not contain (made while it ran) and drops the ones it did', async () => {
    const project = await writeProjectFile()
    const first = startGlossa()
    await first('project:open', {})
    await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)] })
    await first('journal:append', { projectId: project.meta.id, revision: 4, changes: [noteAdded(2)] })
    await first('project:save', { project: { ...project, annotations: [noteAdded(1).value] }, revision: 3 })

    const second = startGlossa()
    await second('app:start', {})
    const offer = await second('journal:offer', {})
    // Made to the file as the save left it, so not an older version.
    expect(offer).toMatchObject({ changes: 1, olderVersion: false })
    const restored = await second('journal:restore', { offerId: offer!.offerId })
    expect(restored.changes).toEqual([noteAdded(2)])
  })

  it('ignores a torn last line (a power cut mid-append) and restores every whole one', async () => {
    const first = startGlossa()
    const { project } = await first('project:new', {})
    await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)], base: project })
    await first('journal:append', { projectId: project.meta.id, revision: 3, changes: [noteAdded(2)] })
    const [name] = await readdir(join(appData(), 'hot-exit'))
    const file = join(appData(), 'hot-exit', name!)
    const whole = await readFile(file, 'utf8')
    await appendFile(file, whole.split('\n').at(-2)!.slice(0, 40))

    const second = startGlossa()
    const offer = await second('journal:offer', {})
    expect(offer).toMatchObject({ changes: 2 })
    expect((await second('journal:restore', { offerId: offer!.offerId })).changes).toHaveLength(2)
  })

  it('forgets edits the user discarded: by opening another project, or by discarding the offer', async () => {
    const first = startGlossa()
    const { project } = await first('project:new', {})
    await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)], base: project })
    const { project: next } = await first('project:new', {})
    await first('journal:append', { projectId: next.meta.id, revision: 4, changes: [noteAdded(2)], base: next })

    const second = startGlossa()
    const offer = await second('journal:offer', {})
    expect(offer).toMatchObject({ changes: 1 })
    await second('journal:discard', { offerId: offer!.offerId })
    expect(await second('journal:offer', {})).toBeNull()
    expect(await startGlossa()('journal:offer', {})).toBeNull()
  })

  it('asks for the starting point of an untitled project before journaling its edits', async () => {
    const first = startGlossa()
    const { project } = await first('project:new', {})
    expect(await first('journal:append', { projectId: project.meta.id, revision: 2, changes: [noteAdded(1)] })).toEqual({ needBase: true })
  })

  it('refuses journal messages that are not valid edits', async () => {
    const first = startGlossa()
    const { project } = await first('project:new', {})
    const note = noteAdded(1)
    const invalid = [
      { projectId: project.meta.id, revision: 2, changes: [{ ...note, id: 'another-id' }], base: project },
      { projectId: project.meta.id, revision: 2, changes: [{ in: 'annotations', id: 'x', value: { id: 'x', body: 'not a commentary' } }], base: project },
      { projectId: project.meta.id, revision: 2, changes: [{ in: 'sync', value: project.sync }], base: project },
      { projectId: project.meta.id, revision: 2, changes: [note], base: { ...project, format: 'something else' } },
      { projectId: project.meta.id, revision: 2, changes: [{ in: 'document', value: { name: 'n', language: 'en', content: { type: 'no-such-node' } } }], base: project }
    ]
    for (const request of invalid) await expect(first('journal:append', request as Request<'journal:append'>)).rejects.toThrow('errorBadRequest')
    expect(await startGlossa()('journal:offer', {})).toBeNull()
  })
})
