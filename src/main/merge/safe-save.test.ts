import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryKey } from '../../shared/merge/entries'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { stampChanges } from '../../shared/merge/stamp'
import { useTempFolder } from '../testing/temp-folder'
import { handlerCalls, value } from '../testing/handler-calls'

/** Saving through main's handlers: clocks and tombstones recorded, other writers detected, backups offered. */

const fixture = join(__dirname, '../../shared/project/fixtures/v1-project.glossa')
const folder = useTempFolder('glossa-safe-save-')

const setUp = (mergeAnswers: string[] = []) => handlerCalls(join(folder(), 'app-data'), { mergeAnswers })

async function copyOfFixture(name: string): Promise<string> {
  const file = join(folder(), name)
  await writeFile(file, await readFile(fixture, 'utf8'))
  return file
}

const read = async (file: string): Promise<ProjectFile> => value(parseProjectFile(await readFile(file, 'utf8')))

describe('saving through main', () => {
  it("stamps what changed with this install's author id, and deletions as tombstones", async () => {
    const call = setUp()
    const file = await copyOfFixture('p.glossa')
    const { project } = value(await call.open(file))!
    const me = value(await call('identity:get', {})).id
    const edited = { ...project, annotations: [], tags: project.tags.map((tag) => ({ ...tag, name: 'Renamed' })) }
    value(await call.save(edited))
    const saved = await read(file)
    const tagClock = saved.sync.clocks[entryKey('tag', 'tag-values')]?.f?.['name']
    expect(tagClock?.endsWith(`.${me}`)).toBe(true)
    expect(saved.sync.tombstones[entryKey('annotation', 'ann-1')]).toBe(tagClock)
    expect(saved.sync.hidden[entryKey('annotation', 'ann-1')]?.item).toMatchObject({ id: 'ann-1' })
    expect(saved.sync.seen[me]).toBe(tagClock)
  })

  it('opens a file another window holds read-only, and refuses to save over it, saying so', async () => {
    const call = setUp()
    const file = await copyOfFixture('shared.glossa')
    const first = value(await call.open(file, 1))!.project
    const opened = value(await call.open(file, 2))!
    expect(opened.readOnly).toMatchObject({ holder: { since: expect.any(String) } })
    value(await call.save({ ...first, meta: { ...first.meta, title: 'First window' } }, 1))
    const written = await readFile(file, 'utf8')
    const refused = await call.save({ ...opened.project, meta: { ...opened.project.meta, title: 'Second window' } }, 2)
    expect(refused).toMatchObject({ ok: false, error: { code: 'errorProjectReadOnly', params: { fileName: 'shared.glossa' } } })
    expect(await readFile(file, 'utf8')).toBe(written)
  })

  it('a merge that is not applied changes nothing: the next save does not delete their items', async () => {
    const theirsFile = await copyOfFixture('theirs.glossa')
    const theirs = await read(theirsFile)
    const extra = { ...theirs.annotations[0]!, id: 'ann-theirs', replies: [] }
    await writeFile(theirsFile, serialiseProject({ ...theirs, annotations: [...theirs.annotations, extra] }))
    const call = setUp([theirsFile])
    const mineFile = await copyOfFixture('mine.glossa')
    const mine = value(await call.open(mineFile))!.project
    const merged = value(await call('project:mergeFromFile', { project: mine }))!
    expect(merged.summary.added.map((line) => line.id)).toEqual(['ann-theirs'])
    // Not applied: the user saves what they had.
    value(await call.save(mine))
    expect((await read(mineFile)).sync.tombstones).toEqual({})
  })

  it('offers the backup of a damaged project', async () => {
    const call = setUp()
    const file = await copyOfFixture('p.glossa')
    const { project } = value(await call.open(file))!
    value(await call.save(project))
    value(await call.save(project))
    await writeFile(file, '{"format": "glossa-project", "schemaVersion": 2, "meta": ')
    const refused = await call.open(file)
    expect(refused).toMatchObject({ ok: false, error: { code: 'errorProjectNotJson', params: { backupId: expect.any(String) } } })
    if (refused.ok) throw new Error('the damaged file must be refused')
    const restored = value(await call('project:openBackup', { backupId: String(refused.error.params?.['backupId']) }))
    expect(restored.fileName).toBe('p.glossa')
    expect(restored.project.meta.title).toBe('Examplestan v1 project')
  })

  it('merges two colleagues who filed tags under each other into a sound tag tree, saved as an edit', async () => {
    const base = await read(await copyOfFixture('base.glossa'))
    const twoTags = { ...base, tags: [...base.tags, { id: 'tag-rights', name: 'Rights', color: '#3d7a3a', description: '', parentId: null }] } as ProjectFile
    const shared = stampChanges(base, twoTags, 'author-shared', 1_000)
    const under = (child: string, parent: string) => ({ ...shared, tags: shared.tags.map((tag) => (tag.id === child ? { ...tag, parentId: parent } : tag)) }) as ProjectFile
    const mineFile = join(folder(), 'mine.glossa')
    const theirsFile = join(folder(), 'theirs.glossa')
    await writeFile(mineFile, serialiseProject(stampChanges(shared, under('tag-values', 'tag-rights'), 'author-me', 2_000)))
    await writeFile(theirsFile, serialiseProject(stampChanges(shared, under('tag-rights', 'tag-values'), 'author-them', 3_000)))
    const call = setUp([theirsFile])
    const mine = value(await call.open(mineFile))!.project
    const merged = value(await call('project:mergeFromFile', { project: mine }))!
    expect(merged.project.tags.map((tag) => [tag.id, tag.parentId])).toEqual([
      ['tag-values', 'tag-rights'],
      ['tag-rights', null]
    ])
    value(await call('project:acceptMerge', {}))
    value(await call.save(merged.project))
    const saved = await read(mineFile)
    expect(saved.tags.find((tag) => tag.id === 'tag-rights')?.parentId).toBeNull()
    // Settling the tree was an edit of its own, stamped so it travels with the next exchange.
    expect(saved.sync.clocks[entryKey('tag', 'tag-rights')]?.f?.['parentId']).toMatch(/^\d{15}\.\d{6}\./)
    expect(saved.sync.clocks[entryKey('tag', 'tag-rights')]?.f?.['parentId']?.endsWith('.author-them')).toBe(false)
  })
})
