import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { serialiseProject } from '../../shared/project/parse'
import { backupPathFor } from './backups'
import { FileRefusedError } from './json-file'
import type { ProjectFile } from '../../shared/project/schema'
import { FileNotFoundError, projectText, readProject, writeProject } from './project-store'
import { useTempFolder } from '../testing/temp-folder'

const folder = useTempFolder('glossa-store-')

describe('project store', () => {
  it('writes a project that reads back equal, leaving no temporary files', async () => {
    const file = join(folder(), 'a.glossa')
    const project = createProject({ title: 'A' })
    await writeProject(file, project)
    expect(await readProject(file)).toEqual(project)
    expect(await readdir(folder())).toEqual(['a.glossa'])
  })

  it('keeps the previous version as a backup beside the file', async () => {
    const file = join(folder(), 'a.glossa')
    const first = createProject({ title: 'First' })
    await writeProject(file, first)
    await writeProject(file, { ...first, meta: { ...first.meta, title: 'Second' } })
    expect((await readProject(file)).meta.title).toBe('Second')
    expect(JSON.parse(await readFile(backupPathFor(file), 'utf8')).meta.title).toBe('First')
  })

  it('keeps the previous version as the backup without reading it when it is known good, and keeps a damaged one aside', async () => {
    const file = join(folder(), 'a.glossa')
    const first = createProject({ title: 'First' })
    await writeProject(file, first)
    const firstText = await readFile(file, 'utf8')
    await writeProject(file, { ...first, meta: { ...first.meta, title: 'Second' } }, { previousIsGood: true })
    expect(await readFile(backupPathFor(file), 'utf8')).toBe(firstText)
    await writeFile(file, '{"damaged": ')
    await writeProject(file, { ...first, meta: { ...first.meta, title: 'Third' } })
    expect(await readFile(`${file}.damaged`, 'utf8')).toBe('{"damaged": ')
    expect(JSON.parse(await readFile(backupPathFor(file), 'utf8')).meta.title).toBe('First')
    expect((await readdir(folder())).sort()).toEqual(['a.glossa', 'a.glossa.bak', 'a.glossa.damaged'])
  })

  it('refuses a damaged file with the reason, and leaves it unchanged', async () => {
    const file = join(folder(), 'bad.glossa')
    const damaged = serialiseProject(createProject({ title: 'X' })).slice(0, 50)
    await writeFile(file, damaged)
    const error = await readProject(file).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FileRefusedError)
    expect((error as FileRefusedError).refusal.code).toBe('errorProjectNotJson')
    expect(await readFile(file, 'utf8')).toBe(damaged)
  })

  it('says when a file does not exist', async () => {
    await expect(readProject(join(folder(), 'missing.glossa'))).rejects.toBeInstanceOf(FileNotFoundError)
  })

  it('leaves the old file whole when a write cannot complete', async () => {
    const file = join(folder(), 'a.glossa')
    const project = createProject({ title: 'Kept' })
    await writeProject(file, project)
    const before = await readFile(file, 'utf8')
    // A value JSON cannot represent makes serialisation throw before anything touches the disk.
    const unserialisable = { ...project, meta: { ...project.meta, title: 1n as unknown as string } }
    await expect(writeProject(file, unserialisable)).rejects.toThrow()
    expect(await readFile(file, 'utf8')).toBe(before)
    expect((await readdir(folder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('project text', () => {
  it('is compact JSON, the same text JSON.stringify gives, also after an annotation changed', async () => {
    const project = createProject({ title: 'A' })
    const annotation = { id: 'a1', note: 'first' } as unknown as ProjectFile['annotations'][number]
    const first = { ...project, annotations: [annotation, { ...annotation, id: 'a2' }] }
    expect(projectText(first)).toBe(JSON.stringify(first) + '\n')
    const changed = { ...first, annotations: [first.annotations[0]!, { ...annotation, id: 'a2', note: 'changed' }] }
    expect(projectText(changed)).toBe(JSON.stringify(changed) + '\n')
  })
})
