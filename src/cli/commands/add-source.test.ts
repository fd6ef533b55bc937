import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const fixture = (name: string) => new URL(`../../shared/sources/web/fixtures/${name}`, import.meta.url)

let folder = ''
let project = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-add-source-'))
  project = join(folder, 'p.glossa')
  await writeFile(project, serialiseProject(createProject({ title: 'P' })))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('glossa add-source', () => {
  it('adds a saved page with its archived text and prints the CSL item made', async () => {
    const page = join(folder, 'kk-no-tags.html')
    await copyFile(fixture('kk-no-tags.html'), page)
    const io = capture()
    expect(await runCli(['add-source', project, page, '--json'], io)).toBe(0)
    const printed = JSON.parse(io.stdout.join('\n')) as Record<string, unknown>
    expect(printed).toMatchObject({
      id: 'сәрсенова2026',
      type: 'article-newspaper',
      title: 'Конституциялық реформа: азаматтар не күтеді?',
      author: [{ family: 'Сәрсенова', given: 'Айгүл' }],
      issued: { 'date-parts': [[2026, 2, 1]], raw: '2026-02-01T10:30' },
      language: 'kk',
      archived: true,
      origins: { title: 'html', author: 'text', issued: 'text', language: 'text', type: 'text' }
    })
    expect(printed['snapshot']).toBeUndefined()

    const written = parseProjectFile(await readFile(project, 'utf8'))
    if (!written.ok) throw new Error(written.error.code)
    const [source] = written.value.sources
    expect(source?.snapshot?.fileName).toBe('kk-no-tags.html')
    expect(source?.snapshot?.text).toContain('Жұмыс тобы азаматтардан түскен екі мыңнан астам ұсынысты қарады.')
    expect(source?.snapshot?.text).not.toContain('Қаралды')
    expect(printed['characters']).toBe(source?.snapshot?.text.length)
  })

  it('merges a page already in the library (same URL) instead of adding it twice, and --out leaves the project alone', async () => {
    const page = join(folder, 'senate.html')
    await copyFile(fixture('en-json-ld.html'), page)
    expect(await runCli(['add-source', project, page], capture())).toBe(0)
    const out = join(folder, 'again.glossa')
    const again = capture()
    expect(await runCli(['add-source', project, page, '--out', out], again)).toBe(0)
    expect(again.stdout[0]).toContain('already in the library as omarova2026')
    const written = parseProjectFile(await readFile(out, 'utf8'))
    expect(written.ok && written.value.sources.map((source) => source.id)).toEqual(['сәрсенова2026', 'omarova2026'])
  })

  it('refuses a file it cannot read as a source with exit 1, a missing argument with exit 2', async () => {
    const image = join(folder, 'photo.jpg')
    await writeFile(image, 'not a page')
    const refused = capture()
    expect(await runCli(['add-source', project, image], refused)).toBe(1)
    expect(refused.stderr[0]).toContain('.jpg')
    expect(await runCli(['add-source', project], capture())).toBe(2)
  })
})
