import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import { tagPath } from '../../shared/tags/taxonomy'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-cli-codebook-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

async function taggedProject(): Promise<string> {
  const project = createProject({ title: 'P' })
  project.tags = [
    { id: 'values', name: 'Values', color: '#f5c542', description: '', parentId: null },
    { id: 'secularism', name: 'Secularism', color: '#f5c542', description: 'Church and state', parentId: 'values' }
  ]
  const file = join(folder, `p-${Math.random().toString(36).slice(2)}.glossa`)
  await writeFile(file, serialiseProject(project))
  return file
}

describe('glossa export-codebook and import-codebook', () => {
  it('export the tag tree by the out file’s extension, a .qdc valid against the REFI-QDA schema', async () => {
    const project = await taggedProject()
    const csv = join(folder, 'out.csv')
    const qdc = join(folder, 'out.qdc')
    expect(await runCli(['export-codebook', project, csv], capture())).toBe(0)
    expect(await readFile(csv, 'utf8')).toContain('Values > Secularism,#f5c542,Church and state')
    expect(await runCli(['export-codebook', project, qdc], capture())).toBe(0)
    execFileSync('xmllint', ['--noout', '--schema', resolve(__dirname, '../../../docs/standards/refi-qda/Codebook.xsd'), qdc], { stdio: 'pipe' })
    const io = capture()
    expect(await runCli(['export-codebook', project, join(folder, 'x.txt'), '--format', 'xlsx'], io)).toBe(2)
    expect(io.stderr.join('\n')).toContain('Unknown --format "xlsx". Valid: csv, qdc.')
  })

  it('import a codebook: report as JSON, and --out writes the project with the tree grown', async () => {
    const project = await taggedProject()
    const codebook = join(folder, 'theirs.csv')
    await writeFile(codebook, 'tag,color\nValues/Dignity,#9be28f\nValues/Secularism,\nRights,blue\n')
    const out = join(folder, 'grown.glossa')
    const io = capture()
    expect(await runCli(['import-codebook', project, codebook, '--json', '--out', out], io)).toBe(0)
    expect(JSON.parse(io.stdout.join('\n'))).toEqual({ added: 2, changed: 0, unchanged: 1, refused: [{ path: 'blue', reason: '“blue” is not a colour: write it as #rrggbb.' }] })
    const grown = parseProjectFile(await readFile(out, 'utf8'))
    if (!grown.ok) throw new Error(grown.error.code)
    expect(grown.value.tags.map((tag) => tagPath(grown.value.tags, tag.id))).toEqual(['Values', 'Values > Secularism', 'Rights', 'Values > Dignity'])
    const missing = capture()
    expect(await runCli(['import-codebook', project, join(folder, 'nope.qdc')], missing)).toBe(1)
  })
})
