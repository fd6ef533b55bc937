import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RecentProject } from '../../shared/ipc'
import { RecentProjects } from './recent-projects'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-recent-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

/** A list whose system hooks are recorded, as Electron's recent documents and Open Recent menu would get them. */
function recorded() {
  const added: string[] = []
  const shown: RecentProject[][] = []
  const recent = new RecentProjects(join(folder, 'app-data'), { added: (path) => added.push(path), changed: (list) => shown.push(list) })
  return { recent, added, shown }
}

async function project(name: string): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, '{}')
  return path
}

describe('recent projects', () => {
  it('gives every opened or saved project to the system’s recent documents and shows the new list', async () => {
    const { recent, added, shown } = recorded()
    const first = await project('first.glossa')
    const second = await project('second.glossa')
    await recent.add({ path: first, title: 'First', openedAt: '2026-12-01T10:00:00.000Z' })
    await recent.add({ path: second, title: 'Second', openedAt: '2026-12-02T10:00:00.000Z' })
    expect(added).toEqual([first, second])
    expect(shown.at(-1)?.map((entry) => entry.title)).toEqual(['Second', 'First'])
  })

  it('lists a file that is gone as missing, and removes it by its id without touching the others', async () => {
    const { recent, shown } = recorded()
    const kept = await project('kept.glossa')
    const gone = await project('gone.glossa')
    await recent.add({ path: kept, title: 'Kept', openedAt: '2026-12-01T10:00:00.000Z' })
    await recent.add({ path: gone, title: 'Gone', openedAt: '2026-12-02T10:00:00.000Z' })
    await rm(gone)
    const listed = await recent.list()
    expect(listed.map((entry) => [entry.title, entry.missing])).toEqual([['Gone', true], ['Kept', false]])
    const after = await recent.removeById(listed[0]!.id)
    expect(after.map((entry) => entry.title)).toEqual(['Kept'])
    expect(shown.at(-1)).toEqual(after)
    // Kept across restarts.
    expect((await new RecentProjects(join(folder, 'app-data')).list()).map((entry) => entry.title)).toEqual(['Kept'])
  })

  it('ignores an id it never handed out, and clears the whole list', async () => {
    const { recent, shown } = recorded()
    await recent.add({ path: await project('a.glossa'), title: 'A', openedAt: '2026-12-01T10:00:00.000Z' })
    const before = shown.length
    expect((await recent.removeById('not-an-id')).map((entry) => entry.title)).toEqual(['A'])
    expect(shown.length).toBe(before)
    expect(await recent.clear()).toEqual([])
    expect(shown.at(-1)).toEqual([])
  })
})
