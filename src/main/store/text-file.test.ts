import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { useTempFolder } from '../testing/temp-folder'
import { readFailure } from '../file-errors'
import { projectSizeLimit, projectText, readProject } from './project-store'
import { firstInvalidUtf8Offset } from './text-file'

/** Issue 16: size before reading, a byte order mark accepted, invalid UTF-8 refused with its offset, no content quoted. */

const folder = useTempFolder('glossa-text-file-')
const project = createProject({ title: 'Thesis', now: new Date('2026-01-01T00:00:00Z') })

async function refusalOf(file: string) {
  try {
    await readProject(file)
  } catch (error) {
    const reply = readFailure(error, file)
    if (!reply.ok) return reply.error
  }
  throw new Error('the file must be refused')
}

describe('reading a project file', () => {
  it('opens a project Notepad saved with a UTF-8 byte order mark', async () => {
    const file = join(folder(), 'notepad.glossa')
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(projectText(project))]))
    expect((await readProject(file)).meta.title).toBe('Thesis')
  })

  it('refuses bytes that are not UTF-8, saying at which byte, instead of replacing them', async () => {
    const file = join(folder(), 'latin1.glossa')
    const text = projectText({ ...project, meta: { ...project.meta, title: 'Thèse' } })
    const good = Buffer.from(text)
    const at = good.indexOf(Buffer.from('è'))
    // "è" in Latin-1: one byte 0xE8, not UTF-8.
    await writeFile(file, Buffer.concat([good.subarray(0, at), Buffer.from([0xe8]), good.subarray(at + 2)]))
    expect(await refusalOf(file)).toEqual({ code: 'errorFileNotUtf8', params: { fileName: 'latin1.glossa', offset: at } })
  })

  it('tells a real U+FFFD in the file from a byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('a\ufffdb'), Buffer.from([0xff]), Buffer.from('c')])
    expect(firstInvalidUtf8Offset(bytes)).toBe(5)
    expect(firstInvalidUtf8Offset(Buffer.from('a\ufffdb'))).toBeNull()
  })

  it('refuses a file over the size limit without reading it', async () => {
    const file = join(folder(), 'huge.glossa')
    // Sparse: as large as the limit allows and one byte more, costing no disk.
    const handle = await open(file, 'w')
    await handle.truncate(projectSizeLimit + 1)
    await handle.close()
    const before = process.memoryUsage().rss
    expect(await refusalOf(file)).toMatchObject({ code: 'errorProjectTooLarge' })
    expect(process.memoryUsage().rss - before).toBeLessThan(projectSizeLimit / 4)
  })

  it('quotes nothing of a file that is not JSON, only where it stopped', async () => {
    const file = join(folder(), 'secret.glossa')
    await writeFile(file, '{"format": "glossa-project", "secret": my-password-123 }')
    const refusal = await refusalOf(file)
    expect(refusal.code).toBe('errorProjectNotJson')
    expect(JSON.stringify(refusal)).not.toMatch(/password/)
  })

  it('quotes nothing of a key the file chose where the project is invalid', async () => {
    const file = join(folder(), 'keys.glossa')
    const damaged = { ...project, sync: { ...project.sync, clocks: { 'my secret key with spaces': { c: 'not a clock' } } } }
    await writeFile(file, JSON.stringify(damaged))
    const refusal = await refusalOf(file)
    expect(refusal.code).toBe('errorProjectInvalid')
    expect(JSON.stringify(refusal)).not.toMatch(/secret/)
  })
})
