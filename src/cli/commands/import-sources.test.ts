import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { casesRis, mixedBib } from '../../shared/fixtures/source-files'
import { createProject } from '../../shared/project/create'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-import-sources-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('glossa import-sources', () => {
  it('prints the report as JSON: accepted, merged and each refused entry with its reason', async () => {
    const file = join(folder, 'mixed.bib')
    await writeFile(file, mixedBib)
    const io = capture()
    expect(await runCli(['import-sources', file, '--json'], io)).toBe(0)
    expect(JSON.parse(io.stdout.join('\n'))).toEqual({
      accepted: 4,
      merged: 0,
      refused: [{ entry: 'broken2020', reason: expect.stringMatching(/^not valid BibTeX \(the entry from line 13\): expected/) as unknown }]
    })
  })

  it('counts duplicates against a project’s library, and --out writes the project with the new sources', async () => {
    const file = join(folder, 'cases.ris')
    await writeFile(file, casesRis)
    const project = join(folder, 'p.glossa')
    await writeFile(project, serialiseProject(createProject({ title: 'P' })))
    const out = join(folder, 'with-sources.glossa')
    expect(await runCli(['import-sources', file, '--project', project, '--out', out], capture())).toBe(0)
    const written = parseProjectFile(await readFile(out, 'utf8'))
    expect(written.ok && written.value.sources.map((source) => source.title)).toEqual(['Smith v Jones', 'Data Protection Act 2018'])

    const again = capture()
    expect(await runCli(['import-sources', file, '--project', out, '--json'], again)).toBe(0)
    expect(JSON.parse(again.stdout.join('\n'))).toMatchObject({ accepted: 0, merged: 2 })
  })

  it('refuses a missing or unreadable file with one message and exit 1, and --out without --project with exit 2', async () => {
    const missing = capture()
    expect(await runCli(['import-sources', join(folder, 'gone.bib'), '--json'], missing)).toBe(1)
    expect(missing.stderr).toEqual(['The file could not be found: gone.bib'])
    const notes = join(folder, 'notes.txt')
    await writeFile(notes, 'plain words')
    const unknown = capture()
    expect(await runCli(['import-sources', notes], unknown)).toBe(1)
    expect(unknown.stderr[0]).toContain('it is not BibTeX, RIS or CSL-JSON')
    const usage = capture()
    expect(await runCli(['import-sources', notes, '--out', 'x.glossa'], usage)).toBe(2)
  })
})
