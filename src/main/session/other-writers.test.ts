import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { parseProjectFile } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import type { MainDependencies } from '../handlers'
import { backupPathFor } from '../store/backups'
import { lockPathFor } from '../store/project-lock'
import { projectText } from '../store/project-store'
import { handlerCalls, value } from '../testing/handler-calls'
import { writeFsWith } from '../testing/write-fs-hooks'
import { useTempFolder } from '../testing/temp-folder'

/**
 * Issue 16, other writers, through main's real handlers: a second window opens read-only; another program's
 * write that lands during our save is never overwritten (ours goes beside it as a conflict copy); sync
 * clients' conflict copies are offered for merge; previous versions are listed and restored.
 */

const folder = useTempFolder('glossa-writers-')

const setUp = (store: MainDependencies['store'] = {}) => handlerCalls(join(folder(), 'app-data'), { store })

const titleIn = async (file: string) => {
  const read = parseProjectFile(await readFile(file, 'utf8'))
  if (!read.ok) throw new Error(`${file} must stay a good project`)
  return read.value.meta.title
}

const titled = (project: ProjectFile, title: string): ProjectFile => ({ ...project, meta: { ...project.meta, title } })

async function projectFile(name: string, title = 'Ours'): Promise<string> {
  const file = join(folder(), name)
  await writeFile(file, projectText(createProject({ title, now: new Date('2026-01-01T00:00:00Z') })))
  return file
}

describe('another writer', () => {
  it('landing during our save is never overwritten: ours is saved beside it as a conflict copy, and the user is told', async () => {
    const file = await projectFile('thesis.glossa')
    const theirText = projectText(createProject({ title: 'Theirs', now: new Date('2026-01-02T00:00:00Z') }))
    const call = setUp({ save: { fs: writeFsWith({ afterSync: () => writeFile(file, theirText) }) } })
    const { project } = value(await call.open(file))!
    const reply = await call.save(titled(project, 'Our edit'))
    expect(reply).toMatchObject({ ok: false, error: { code: 'errorSavedAsConflictCopy', params: { fileName: 'thesis.glossa', copyName: expect.stringMatching(/^thesis \(conflict copy, .+, \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\)\.glossa$/) } } })
    if (reply.ok) return
    expect(await readFile(file, 'utf8')).toBe(theirText)
    expect(await titleIn(join(folder(), String(reply.error.params?.['copyName'])))).toBe('Our edit')
    expect((await readdir(folder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('that wrote before our save: theirs stays, ours goes to a conflict copy, which the next open offers to merge', async () => {
    const file = join(folder(), 'thesis.glossa')
    await writeFile(file, await readFile(join(__dirname, '../../shared/project/fixtures/v1-project.glossa')))
    const call = setUp()
    const { project } = value(await call.open(file))!
    await writeFile(file, projectText(titled(project, 'Theirs')))
    const reply = await call.save(titled(project, 'Our edit'))
    expect(reply).toMatchObject({ ok: false, error: { code: 'errorSavedAsConflictCopy' } })
    expect(await titleIn(file)).toBe('Theirs')
    const reopened = value(await call.open(file))!
    expect(reopened.conflictCopies).toEqual([{ id: expect.any(String), fileName: expect.stringMatching(/^thesis \(conflict copy, /) }])
    const merged = value(await call('project:mergeConflictCopy', { copyId: reopened.conflictCopies![0]!.id, project: reopened.project }))
    expect(merged.fileName).toBe(reopened.conflictCopies![0]!.fileName)
    // An id for another window is refused.
    expect(await call('project:mergeConflictCopy', { copyId: reopened.conflictCopies![0]!.id, project: reopened.project }, 2)).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
  })

  it("recognises sync clients' conflict copies beside the project, and nothing else", async () => {
    const file = await projectFile('thesis.glossa')
    const copies = [
      "thesis (Aigerim's conflicted copy 2026-12-04).glossa",
      'thesis (conflicted copy 2026-12-04 201503).glossa',
      'thesis-DESKTOP-AB12CD.glossa',
      'thesis.sync-conflict-20261204-201503-ABCDEFG.glossa',
      'thesis (1).glossa'
    ]
    for (const name of [...copies, 'thesis-draft.glossa', 'other (1).glossa', 'thesis.glossa.bak']) await writeFile(join(folder(), name), projectText(createProject({ title: name })))
    const call = setUp()
    const opened = value(await call.open(file))!
    expect(opened.conflictCopies?.map((copy) => copy.fileName).sort()).toEqual([...copies].sort())
  })

  it('a second window opening the project is told who holds it and opens it read-only; once the first closes, it can be held again', async () => {
    const file = await projectFile('thesis.glossa')
    const call = setUp()
    value(await call('identity:set', { name: 'Aigerim', color: '#2f5d8a' }))
    value(await call.open(file, 1))
    const second = value(await call.open(file, 2))!
    expect(second.readOnly).toEqual({ holder: { name: 'Aigerim', host: expect.any(String), since: expect.any(String) } })
    expect(await call.save(titled(second.project, 'From the second window'), 2)).toMatchObject({ ok: false, error: { code: 'errorProjectReadOnly', params: { holder: 'Aigerim' } } })
    expect(await titleIn(file)).toBe('Ours')
    value(await call('project:close', {}, 1))
    // Once the holder has let it go, the read-only window's save goes through (nothing changed on disk meanwhile).
    value(await call.save(titled(second.project, 'Now writable'), 2))
    expect(await titleIn(file)).toBe('Now writable')
    const third = value(await call.open(file, 3))!
    expect(third.readOnly).toMatchObject({ holder: { name: 'Aigerim' } })
  })

  it('a file refused on open leaves the window its project, its file and its lock', async () => {
    const file = await projectFile('thesis.glossa')
    const damaged = join(folder(), 'damaged.glossa')
    await writeFile(damaged, '{"format": "glossa-project", ')
    const call = setUp()
    const { project } = value(await call.open(file))!
    expect(await call.open(damaged)).toMatchObject({ ok: false, error: { code: 'errorProjectNotJson' } })
    expect(value(await call.open(file, 2))!.readOnly).toBeDefined()
    value(await call.save(titled(project, 'Still mine')))
    expect(await titleIn(file)).toBe('Still mine')
  })

  it('recovers a lock left by a Glossa that was killed, and removes the temporary files its save left', async () => {
    const file = await projectFile('thesis.glossa')
    // What a SIGKILL mid-save leaves: the lock of a process that no longer runs, and our temporary files.
    await (await import('node:fs/promises')).mkdir(lockPathFor(file))
    await writeFile(join(lockPathFor(file), 'owner.json'), JSON.stringify({ name: 'Gone', host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00.000Z', pid: 2 ** 22 + 7 }))
    await writeFile(join(folder(), '.thesis.glossa.0123456789ab.tmp'), 'half a save')
    await writeFile(join(folder(), '.thesis.glossa.bak.0123456789ab.tmp'), 'half a backup')
    await writeFile(join(folder(), '.other.glossa.0123456789ab.tmp'), 'not ours to remove')
    const call = setUp()
    const opened = value(await call.open(file))!
    expect(opened.readOnly).toBeUndefined()
    expect((await readdir(folder())).filter((name) => name.endsWith('.tmp'))).toEqual(['.other.glossa.0123456789ab.tmp'])
  })
})

describe('previous versions', () => {
  it('keeps five generations, lists them with date, author and note count, and restores one without overwriting anything', async () => {
    const file = await projectFile('thesis.glossa', 'Version 0')
    const call = setUp({ save: { spacingMs: 0 } })
    value(await call('identity:set', { name: 'Aigerim', color: '#2f5d8a' }))
    let { project } = value(await call.open(file))!
    for (let version = 1; version <= 7; version++) {
      project = titled(project, `Version ${version}`)
      value(await call.save(project))
      // Each generation a second older than the next, as saves far apart are.
      for (let generation = 1; generation <= 5; generation++) {
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, 10 * version - generation))
        await utimes(backupPathFor(file, generation), at, at).catch(() => undefined)
      }
    }
    const versions = value(await call('project:listVersions', {}))
    expect(versions).toHaveLength(5)
    expect(versions.map((version) => version.noteCount)).toEqual([0, 0, 0, 0, 0])
    expect(new Date(versions[0]!.savedAt).getTime()).toBeGreaterThan(new Date(versions[4]!.savedAt).getTime())
    const titles = await Promise.all([1, 2, 3, 4, 5].map((generation) => titleIn(backupPathFor(file, generation))))
    expect(titles).toEqual(['Version 6', 'Version 5', 'Version 4', 'Version 3', 'Version 2'])
    const restored = value(await call('project:restoreVersion', { versionId: versions[2]!.id }))
    expect(restored.project.meta.title).toBe('Version 4')
    expect(await titleIn(file)).toBe('Version 7')
    // Saving the restored version keeps the current file as a previous version.
    value(await call.save(restored.project))
    expect(await titleIn(file)).toBe('Version 4')
    expect(await titleIn(backupPathFor(file, 1))).toBe('Version 7')
    expect(await call('project:restoreVersion', { versionId: versions[0]!.id }, 2)).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
  })
})
