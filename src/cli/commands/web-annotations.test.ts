import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { webAnnotationChecker } from '../../main/exchange/web-annotation-musts'
import { writeProject } from '../../main/store/project-store'
import { baseProject, richProject } from '../../shared/exchange/fixtures/project'
import { parseProjectFile } from '../../shared/project/parse'
import type { CliIo } from '../command'
import { runCli } from '../glossa'
import { cliCommands } from './index'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const glossa = async (...args: string[]) => {
  const io = capture()
  const code = await runCli(args, io, cliCommands)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

describe('export-wa and import-annotations', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'glossa-wa-'))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('exports a file that meets the W3C MUSTs, and imports it into another project with a JSON report', async () => {
    const source = join(folder, 'rich.glossa')
    const empty = join(folder, 'empty.glossa')
    const out = join(folder, 'notes.jsonld')
    await writeProject(source, richProject())
    await writeProject(empty, baseProject)
    const exported = await glossa('export-wa', source, out)
    expect(exported).toMatchObject({ code: 0, stdout: `Annotations written: 5 (with replies: 7 items) → ${out}` })
    expect(webAnnotationChecker().collectionFailures(JSON.parse(await readFile(out, 'utf8')))).toEqual([])

    const imported = await glossa('import-annotations', empty, out, '--json')
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.stdout)).toMatchObject({ accepted: 7, updated: 0, unchanged: 0, refused: [], written: empty })
    const saved = parseProjectFile(await readFile(empty, 'utf8'))
    if (!saved.ok) throw new Error('the written project must be valid')
    expect(saved.value.annotations.map((annotation) => annotation.id).sort()).toEqual(richProject().annotations.map((annotation) => annotation.id).sort())
    expect(Object.keys(saved.value.sync.clocks).length).toBeGreaterThan(0)

    const again = await glossa('import-annotations', empty, out, '--json')
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 0, unchanged: 7, written: null })
  })

  it('reports refused entries with their reasons in words, and --dry-run writes nothing', async () => {
    const project = join(folder, 'p.glossa')
    await writeProject(project, baseProject)
    const before = await readFile(project, 'utf8')
    const hypothesis = join(__dirname, '../../shared/exchange/fixtures/hypothesis-export.json')
    const run = await glossa('import-annotations', project, hypothesis, '--dry-run')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Annotations added: 4.')
    expect(run.stdout).toContain('Entry 5 https://hypothes.is/a/Hx5eEEEE: its quoted text is not in this document.')
    expect(run.stdout).toContain('Entry 6 https://hypothes.is/a/Hx6fFFFF: it replies to an annotation that is neither in this file nor in the project.')
    expect(await readFile(project, 'utf8')).toBe(before)
  })

  it('refuses a file that is not annotations, or missing, with one line and exit code 1; a missing argument is exit 2', async () => {
    const project = join(folder, 'p.glossa')
    await writeProject(project, baseProject)
    const notJson = join(folder, 'bad.json')
    await writeFile(notJson, '{ this is not json')
    expect(await glossa('import-annotations', project, notJson)).toMatchObject({ code: 1, stderr: `${notJson}: This file is not JSON. Nothing was imported.` })
    const missing = await glossa('import-annotations', project, join(folder, 'nope.json'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('could not be found')
    expect(missing.stderr).not.toMatch(/\n\s+at /)
    expect((await glossa('export-wa', project)).code).toBe(2)
  })
})
