import { copyFile, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { useTempFolder } from '../testing/temp-folder'
import { readProject, writeProject } from './project-store'
import { olderVersionPathFor } from './version-copy'

const folder = useTempFolder('glossa-version-copy-')
const v2Fixture = join(__dirname, '../../shared/project/fixtures/v2-project.glossa')

describe('copy of a file from an older Glossa', () => {
  it('keeps the version-2 file as it was on the first save after migration, and only then', async () => {
    const file = join(folder(), 'Law.glossa')
    await copyFile(v2Fixture, file)
    const original = await readFile(file, 'utf8')
    const project = await readProject(file)
    await writeProject(file, { ...project, meta: { ...project.meta, title: 'Saved once' } })
    const copy = olderVersionPathFor(file, 2)
    expect(copy).toBe(join(folder(), 'Law.v2.glossa'))
    expect(await readFile(copy, 'utf8')).toBe(original)
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(3)
    await writeProject(file, { ...project, meta: { ...project.meta, title: 'Saved twice' } })
    expect(await readFile(copy, 'utf8')).toBe(original)
  })

  it('makes no copy of a current file', async () => {
    const file = join(folder(), 'New.glossa')
    const project = createProject({ title: 'New' })
    await writeProject(file, project)
    await writeProject(file, { ...project, meta: { ...project.meta, title: 'Again' } })
    expect((await readdir(folder())).filter((name) => name.includes('.v'))).toEqual([])
  })
})
