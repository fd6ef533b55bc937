import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleProject } from '../../shared/export/sample-project'
import { serialiseProject } from '../../shared/project/parse'
import type { CliIo } from '../command'
import { runCli } from '../glossa'
import { cliCommands } from './index'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

let folder: string
let project: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-export-cli-'))
  project = join(folder, 'sample.glossa')
  await writeFile(project, serialiseProject(sampleProject({ parts: 3, articles: 9, annotations: 6, language: 'ru' })))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

const run = async (...args: string[]) => {
  const io = capture()
  const code = await runCli(args, io, cliCommands)
  return { code, stderr: io.stderr.join('\n'), stdout: io.stdout.join('\n') }
}

describe('export commands refuse what the project does not have, naming the valid values', () => {
  const out = () => join(folder, 'out.docx')
  it.each([
    [['--articles', '3,12'], '12', '1–9'],
    [['--articles', '3;x y'], 'x y', '1–9'],
    [['--parts', 'part_1,part_7'], 'part_7', 'part_1, part_2, part_3'],
    [['--tags', 'tag-rights,tag-nope'], 'tag-nope', 'tag-rights, tag-equality, tag-institutions'],
    [['--authors', 'author-carol'], 'author-carol', 'author-aigerim, author-boris'],
    [['--style', 'apa'], 'apa', 'oscola, chicago, gost'],
    [['--lang', 'de'], 'de', 'kk, ru, en']
  ])('%j', async (args, bad, valid) => {
    const result = await run('export-docx', project, out(), ...args)
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain(bad)
    expect(result.stderr).toContain(valid)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('export-docx', () => {
  it('writes a Word file in the chosen style and language', async () => {
    const file = join(folder, 'gost.docx')
    const result = await run('export-docx', project, file, '--style', 'gost', '--lang', 'kk', '--tags', 'tag-rights')
    expect(result.code).toBe(0)
    const document = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
    expect(document).toContain('Мазмұны')
    expect(document).toContain('<w:lang w:val="ru-RU"/>')
    const footnotes = execFileSync('unzip', ['-p', file, 'word/footnotes.xml'], { encoding: 'utf8' })
    // GOST in Kazakh: the page label is "Б."; only notes tagged Rights (1 and 4 of 6) are exported.
    expect(footnotes).toMatch(/Omarova D\. Constitutional Design in Central Asia\. Steppe Press, 2021\. Б\. 10\./)
    expect(footnotes.match(/<w:footnote w:id="\d+">/g)).toHaveLength(2)
  })
})
