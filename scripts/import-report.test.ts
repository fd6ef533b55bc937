import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importAkomaNtoso } from '../src/shared/akn/import'
import { generateLegalDocx } from '../src/shared/fixtures/generate-docx'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { parseProjectFile } from '../src/shared/project/parse'

const run = promisify(execFile)
const script = join(__dirname, 'import-report.ts')

/** Runs the script as a user would (through tsx), returning its exit code and output. */
async function importReport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: join(__dirname, '..') })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run import-report', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'glossa-import-report-'))
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('prints the report of a Kazakh DOCX and writes the project and the Akoma Ntoso file', async () => {
    const file = join(folder, 'ata-zan.docx')
    await writeFile(file, await generateLegalDocx({ language: 'kk', parts: 11, articles: 95 }))
    const project = join(folder, 'ata-zan.glossa')
    const akn = join(folder, 'ata-zan.xml')
    const result = await importReport(file, '--out', project, '--akn', akn)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Format: Word document (DOCX), language: Kazakh')
    expect(result.stdout).toMatch(/^Preamble, 11 parts, 95 articles, \d+ clauses$/m)
    const saved = parseProjectFile(await readFile(project, 'utf8'))
    expect(saved.ok && saved.value.document?.language).toBe('kk')
    const back = importAkomaNtoso(await readFile(akn, 'utf8'))
    expect(back.ok && back.report.counts.articles).toBe(95)
  }, 60_000)

  it('prints JSON with the warnings', async () => {
    const file = join(folder, 'gaps.txt')
    await writeFile(file, generateLegalText({ parts: 2, articles: 6 }).replace('Article 4', 'Article 9'))
    const result = await importReport(file, '--json')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ ok: true, format: 'text', language: 'en', counts: { parts: 2, articles: 6 } })
    expect(report.warnings.map((warning: { message: string }) => warning.message)).toContain('Article 9 follows 3: 4–8 missing')
  }, 60_000)

  it('refuses bad input with a message and a non-zero exit code, writing nothing', async () => {
    const empty = join(folder, 'empty.txt')
    await writeFile(empty, '')
    const out = join(folder, 'never.glossa')
    const result = await importReport(empty, '--out', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('The file is empty')
    // Batch runs go through many files: the refusal names the one it is about.
    expect(result.stderr).toContain('empty.txt')
    await expect(readFile(out)).rejects.toThrow()
    expect((await importReport()).code).toBe(2)
  }, 60_000)
})
