import { execFileSync } from 'node:child_process'
import { pdfText } from '../../main/testing/pdf-text'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleNumbers, editionText } from '../../shared/fixtures/generate-editions'
import { tableFixture } from '../../shared/export/comparative-table/testing'
import { serialiseProject } from '../../shared/project/parse'
import { useTempFolder } from '../../main/testing/temp-folder'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const folder = useTempFolder('glossa-cli-table-')

/** The PDF's text, its columns laid out side by side as on the page. */
const layoutText = (file: string) => pdfText(file, '-layout')
const unzip = (file: string, part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

/** The text of every Word run with the given property (w:strike, w:b), in order. */
function runsWith(xml: string, property: string): string[] {
  return [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gs)]
    .filter((match) => new RegExp(`<${property}/>|<${property} `).test(match[1]!.split('<w:t')[0]!))
    .map((match) => [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''))
}

async function writeFixture(language: 'en' | 'ru' | 'kk', articles?: number) {
  const fixture = tableFixture(language, articles ? { articles } : {})
  const project = join(folder(), 'commentary.glossa')
  const revised = join(folder(), 'final-draft.txt')
  const first = join(folder(), 'first-draft.txt')
  await writeFile(project, serialiseProject(fixture.project))
  await writeFile(revised, editionText(fixture.pair.revised))
  await writeFile(first, editionText(fixture.pair.old))
  return { fixture, project, revised, first }
}

describe('glossa export-table', () => {
  it('writes a PDF with the old and new wording of each changed article and the notes on it, headed in the document’s language', async () => {
    const { fixture, project, revised } = await writeFixture('ru', 30)
    const out = join(folder(), 'table.pdf')
    const io = capture()
    expect(await runCli(['export-table', project, revised, out], io)).toBe(0)
    const text = layoutText(out)
    expect(text).toContain('Сравнительная таблица')
    for (const heading of ['Прежняя редакция', 'Новая редакция', 'Комментарий']) expect(text).toContain(heading)
    const oldNumbers = articleNumbers(fixture.pair.old)
    const newNumbers = articleNumbers(fixture.pair.revised)
    expect(text).toContain(`Статья ${newNumbers.get(fixture.pair.changes.insertedArticle)}`)
    expect(text).toContain('Отсутствует.')
    // Each comment sits on the line of its own article's row (the columns side by side).
    const flat = text.replace(/\s+/g, ' ')
    for (const note of fixture.commented) expect(flat).toContain(note.commentary.split(' ').slice(0, 3).join(' '))
    const [articleId] = [...fixture.pair.changes.reworded.keys()]
    const line = text.split('\n').find((candidate) => candidate.includes(`Статья ${oldNumbers.get(articleId!)}`))!
    expect(line).toMatch(new RegExp(`Статья ${oldNumbers.get(articleId!)}\\s{2,}Статья ${newNumbers.get(articleId!)}`))
    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).toMatch(/PTSerif-Bold/)
  }, 60_000)

  it('writes a Word table with removed words struck through and added words in bold, labels in the language asked for', async () => {
    const { fixture, project, revised } = await writeFixture('en', 30)
    const out = join(folder(), 'table.docx')
    expect(await runCli(['export-table', project, revised, out, '--lang', 'kk'], capture())).toBe(0)
    const xml = unzip(out, 'word/document.xml')
    expect(xml).toContain('<w:tbl>')
    expect(xml).toContain('<w:tblHeader/>')
    for (const heading of ['Салыстырмалы кесте', 'Бұрынғы редакция', 'Жаңа редакция', 'Түсініктеме']) expect(xml).toContain(heading)
    const struck = runsWith(xml, 'w:strike')
    const bold = runsWith(xml, 'w:b')
    expect(struck.length).toBeGreaterThan(0)
    expect(bold.map((text) => text.trim())).toContain('also')
    const oldWording = fixture.pair.old.parts.flatMap((part) => part.articles).flatMap((article) => article.clauses.map((clause) => clause.text)).join('\n')
    for (const words of struck) expect(oldWording).toContain(words)
    for (const note of fixture.commented) expect(xml).toContain(note.commentary)
  }, 60_000)

  it('compares two plain files, with an empty commentary column, and refuses a bad language', async () => {
    const { first, revised } = await writeFixture('kk', 20)
    const out = join(folder(), 'plain.pdf')
    const io = capture()
    expect(await runCli(['export-table', first, revised, out], io)).toBe(0)
    // Twelve articles, and the part renamed.
    expect(io.stdout[0]).toMatch(/plain\.pdf: 13 rows, \d+ bytes/)
    const withRenumbered = capture()
    expect(await runCli(['export-table', first, revised, join(folder(), 'all.docx'), '--renumbered'], withRenumbered)).toBe(0)
    expect(Number(/(\d+) rows/.exec(withRenumbered.stdout[0]!)![1])).toBeGreaterThan(13)
    const text = layoutText(out)
    expect(text).toContain('Салыстырмалы кесте')
    // The renamed part: its old heading beside its new one.
    expect(text).toMatch(/II бөлім\s{2,}II бөлім\n\s*Адам құқықтары\s{2,}Адам мен азаматтың/)
    const bad = capture()
    expect(await runCli(['export-table', first, revised, out, '--lang', 'de'], bad)).toBe(2)
    expect(bad.stderr[0]).toContain('Unknown --lang "de"')
  }, 60_000)
})
