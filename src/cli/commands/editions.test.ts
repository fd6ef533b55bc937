import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { exportAkomaNtoso } from '../../shared/akn/export'
import { importEdition, notesAndExpectations } from '../../shared/editions/testing'
import { articleNumbers, editionText, generateEditionPair, type EditionPair } from '../../shared/fixtures/generate-editions'
import { createProject } from '../../shared/project/create'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import { useTempFolder } from '../../main/testing/temp-folder'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const folder = useTempFolder('glossa-cli-editions-')

async function writeEditions(pair: EditionPair): Promise<[string, string]> {
  const files: [string, string] = [join(folder(), 'first-draft.txt'), join(folder(), 'final-draft.txt')]
  await writeFile(files[0], editionText(pair.old))
  await writeFile(files[1], editionText(pair.revised))
  return files
}

describe('glossa compare', () => {
  it('prints one JSON entry per article, through npm run glossa', async () => {
    const pair = generateEditionPair({ language: 'kk', deleteArticle: true })
    const [first, final] = await writeEditions(pair)
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'glossa', '--', 'compare', first, final, '--json'], { cwd: join(__dirname, '../../..') })
    const { pairs } = JSON.parse(stdout) as { pairs: { from: string | null; to: string | null; status: string; renumbered: boolean; moved: boolean }[] }
    const oldNumbers = articleNumbers(pair.old)
    const newNumbers = articleNumbers(pair.revised)
    const { insertedArticle, deletedArticle, movedArticle } = pair.changes
    expect(pairs).toHaveLength(96)
    expect(pairs.filter((entry) => entry.status === 'inserted')).toEqual([{ from: null, to: `art_${newNumbers.get(insertedArticle)}`, status: 'inserted', renumbered: false, moved: false }])
    expect(pairs.filter((entry) => entry.status === 'deleted')).toEqual([{ from: `art_${oldNumbers.get(deletedArticle!)}`, to: null, status: 'deleted', renumbered: false, moved: false }])
    expect(pairs.filter((entry) => entry.moved)).toEqual([{ from: `art_${oldNumbers.get(movedArticle)}`, to: `art_${newNumbers.get(movedArticle)}`, status: 'unchanged', renumbered: true, moved: true }])
    const after = pair.old.parts.flatMap((part) => part.articles).find((article) => oldNumbers.get(article.id) === newNumbers.get(insertedArticle))!
    expect(pairs.find((entry) => entry.from === `art_${oldNumbers.get(after.id)}`)).toEqual({ from: `art_${oldNumbers.get(after.id)}`, to: `art_${newNumbers.get(after.id)}`, status: 'unchanged', renumbered: true, moved: false })
    expect(pairs.filter((entry) => entry.status === 'changed')).toHaveLength(pair.changes.reworded.size + 2)
  }, 60_000)

  it('compares editions in different formats: a text and its Akoma Ntoso export are the same edition', async () => {
    const pair = generateEditionPair({ language: 'ru', articles: 30 })
    const [first] = await writeEditions(pair)
    const akn = join(folder(), 'first-draft.xml')
    await writeFile(akn, exportAkomaNtoso(importEdition(pair.old), { language: 'ru' }))
    const io = capture()
    expect(await runCli(['compare', first, akn, '--json'], io)).toBe(0)
    const { pairs } = JSON.parse(io.stdout.join('\n')) as { pairs: { from: string; to: string; status: string }[] }
    expect(pairs).toHaveLength(30)
    expect(pairs.every((entry) => entry.from === entry.to && entry.status === 'unchanged')).toBe(true)
  })

  it('prints a summary in words, and what changed article by article', async () => {
    const [first, final] = await writeEditions(generateEditionPair({ language: 'en' }))
    const io = capture()
    expect(await runCli(['compare', first, final], io)).toBe(0)
    expect(io.stdout[0]).toBe('96 articles: 83 unchanged, 12 changed, 1 inserted, 56 renumbered, 1 moved')
    expect(io.stdout).toContain('  Article 40: inserted')
    expect(io.stdout).toContain('  Article 40 → Article 41: renumbered')
  })

  it('refuses a missing or unreadable file with one line and exit code 1, and a missing argument with exit code 2', async () => {
    const [first] = await writeEditions(generateEditionPair({ articles: 12 }))
    const empty = join(folder(), 'empty.txt')
    await writeFile(empty, '')
    const missing = capture()
    expect(await runCli(['compare', first, join(folder(), 'nowhere.txt')], missing)).toBe(1)
    expect(missing.stderr).toEqual([`The file could not be found: ${join(folder(), 'nowhere.txt')}`])
    const unreadable = capture()
    expect(await runCli(['compare', empty, first], unreadable)).toBe(1)
    expect(unreadable.stderr[0]).toMatch(/^.*empty\.txt: .+/)
    expect(unreadable.stderr[0]).not.toMatch(/\n\s+at /)
    const usage = capture()
    expect(await runCli(['compare', first], usage)).toBe(2)
    expect(usage.stderr[0]).toContain('Missing NEW_FILE.')
  })
})

describe('glossa carry', () => {
  it('writes the revised text with every note carried to its own article, and reports each note', async () => {
    const pair = generateEditionPair({ language: 'ru', deleteArticle: true })
    const [first, final] = await writeEditions(pair)
    const oldDoc = importEdition(pair.old)
    const expectations = notesAndExpectations(pair, oldDoc)
    const project = createProject({ title: 'Комментарий', document: { name: 'Первый проект', language: 'ru', content: oldDoc } })
    project.annotations = expectations.map((expectation) => expectation.note)
    const projectFile = join(folder(), 'commentary.glossa')
    const before = serialiseProject(project)
    await writeFile(projectFile, before)
    const out = join(folder(), 'commentary-final.glossa')

    const io = capture()
    expect(await runCli(['carry', projectFile, final, '--out', out, '--json'], io)).toBe(0)
    const { annotations } = JSON.parse(io.stdout.join('\n')) as { annotations: { id: string; from: string; to: string | null; status: string }[] }
    expect(annotations).toEqual(expectations.map((expectation) => ({ id: expectation.note.id, from: expectation.note.target.eId, to: expectation.article, status: expectation.status })))

    const written = parseProjectFile(await readFile(out, 'utf8'))
    if (!written.ok) throw new Error(written.error.code)
    expect(written.value.document?.content).toEqual(importEdition(pair.revised))
    expect(written.value.document?.source).toEqual({ fileName: 'final-draft.txt', format: 'text' })
    // Nothing dropped; carried notes read as the revised text does; the original project is untouched.
    expect(written.value.annotations.map((annotation) => annotation.id)).toEqual(expectations.map((expectation) => expectation.note.id))
    expect(written.value.annotations.filter((annotation, index) => expectations[index]!.article && annotation.target.eId !== expectations[index]!.article)).toEqual([])
    expect(Object.keys(written.value.sync.clocks).length).toBeGreaterThan(0)
    expect(await readFile(projectFile, 'utf8')).toBe(before)
    expect(first).not.toBe(final)
  })

  it('prints a summary and the notes to review, and refuses to overwrite its own project', async () => {
    const pair = generateEditionPair({ language: 'kk' })
    const [, final] = await writeEditions(pair)
    const oldDoc = importEdition(pair.old)
    const project = createProject({ title: 'Түсініктеме', document: { name: 'Бірінші жоба', language: 'kk', content: oldDoc } })
    const expectations = notesAndExpectations(pair, oldDoc)
    project.annotations = expectations.map((expectation) => expectation.note)
    const orphans = expectations.filter((expectation) => expectation.status === 'orphaned').length
    const projectFile = join(folder(), 'commentary.glossa')
    await writeFile(projectFile, serialiseProject(project))
    const io = capture()
    expect(await runCli(['carry', projectFile, final, '--out', join(folder(), 'final.glossa')], io)).toBe(0)
    expect(io.stdout[0]).toMatch(new RegExp(`^${expectations.length} notes: \\d+ in place, \\d+ moved, \\d+ to review \\(text changed\\), ${orphans} orphaned \\(text deleted\\)$`))
    expect(io.stdout.filter((line) => line.endsWith('orphaned, its text was deleted'))).toHaveLength(orphans)

    const refused = capture()
    expect(await runCli(['carry', projectFile, final, '--out', projectFile], refused)).toBe(1)
    expect(refused.stderr[0]).toContain('the original is kept as it is')
    const noOut = capture()
    expect(await runCli(['carry', projectFile, final], noOut)).toBe(2)
    const noText = join(folder(), 'empty.glossa')
    await writeFile(noText, serialiseProject(createProject({ title: 'Empty' })))
    const empty = capture()
    expect(await runCli(['carry', noText, final, '--out', join(folder(), 'x.glossa')], empty)).toBe(1)
    expect(empty.stderr[0]).toContain('holds no legal text')
  })
})
