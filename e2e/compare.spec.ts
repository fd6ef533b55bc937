import { execFileSync } from 'node:child_process'
import { pdfText } from '../src/main/testing/pdf-text'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { alignEditions } from '../src/shared/editions/align'
import { tableFixture, type TableFixture } from '../src/shared/export/comparative-table/testing'
import { articleNumbers, editionText } from '../src/shared/fixtures/generate-editions'
import { serialiseProject } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'
import type { TestHost } from './support/test-host'

/**
 * The compare view and the comparative table, end to end: "Compare with Another Version…" in the built
 * renderer, main's real handlers importing the other edition, and the table printed by Chromium (read back
 * with pdftotext) or written as Word (its XML read back).
 */

const pdftotext = (file: string) => pdfText(file, '-layout')

async function openAndCompare(glossa: Page, host: TestHost, folder: string, fixture: TableFixture) {
  const project = join(folder, 'commentary.glossa')
  const revised = join(folder, 'final-draft.txt')
  await writeFile(project, serialiseProject(fixture.project))
  await writeFile(revised, editionText(fixture.pair.revised))
  host.openAnswers.push(project)
  await glossa.getByRole('button', { name: /Open|Открыть|Ашу/ }).first().click()
  await expect(glossa.getByTestId('project-title')).toHaveText(fixture.project.meta.title)
  await expect(glossa.locator('article[data-eid="art_1"]')).toBeVisible()
  host.importAnswers.push(revised)
  await glossa.keyboard.press('Control+Alt+C')
  await expect(glossa.locator('.compare-view')).toBeVisible()
}

test.describe('in English', () => {
  test('compares the open text with another version: summary, word diff, filters, outline jump, PDF table', async ({ glossa, host, folder }) => {
    const fixture = tableFixture('en')
    const oldNumbers = articleNumbers(fixture.pair.old)
    const newNumbers = articleNumbers(fixture.pair.revised)
    await openAndCompare(glossa, host, folder, fixture)
    await expect(glossa.getByTestId('compare-summary')).toHaveText('96 articles: 83 unchanged, 12 changed, 1 inserted, 56 renumbered, 1 moved')
    await expect(glossa.getByRole('heading', { name: 'Comparison: First draft and final-draft.txt' })).toBeVisible()
    const rows = glossa.locator('.compare-row')
    // Every article that changed in any way; those unchanged in their place are hidden until asked for.
    const alignment = alignEditions(fixture.oldDoc, fixture.newDoc)
    const inPlace = alignment.articles.filter((pair) => pair.status === 'unchanged' && !pair.renumbered && !pair.moved).length
    // Rows are rendered as the reader scrolls towards them: at the end, all of them.
    const countAtTheEnd = async (count: number) =>
      expect(async () => {
        await glossa.locator('.compare-rows').evaluate((element) => element.scrollTo(0, element.scrollHeight))
        await expect(rows).toHaveCount(count, { timeout: 500 })
      }).toPass()
    await expect(rows).toHaveCount(60)
    await countAtTheEnd(96 - inPlace)
    await glossa.getByRole('group', { name: 'Show' }).getByLabel('Unchanged', { exact: true }).check()
    await expect(glossa.locator('.compare-row[data-from="art_1"]')).toHaveAttribute('data-status', 'unchanged')
    await countAtTheEnd(96)
    await glossa.getByRole('group', { name: 'Show' }).getByLabel('Unchanged', { exact: true }).uncheck()

    // A reworded clause: the old qualifier struck on the left, "also" and the new qualifier marked on the right.
    const articleId = [...fixture.pair.changes.reworded.keys()].find((id) => oldNumbers.get(id) !== newNumbers.get(id))
    const reworded = glossa.locator(`.compare-row[data-from="art_${oldNumbers.get(articleId!)}"]`)
    await expect(reworded.locator('.compare-side').first().locator('h3')).toHaveText(`Article ${oldNumbers.get(articleId!)}`)
    await expect(reworded.locator('.compare-side').nth(1).locator('h3')).toHaveText(`Article ${newNumbers.get(articleId!)}`)
    await expect(reworded.locator('ins').first()).toHaveText('also ')
    await expect(reworded.locator('del')).not.toHaveCount(0)
    await expect(reworded.locator('.compare-change')).toHaveText('changed, renumbered')

    // Filters: only inserted articles; then only deleted ones (there are none).
    const filters = glossa.getByRole('group', { name: 'Show' })
    for (const name of ['Changed', 'Deleted', 'Renumbered or moved']) await filters.getByLabel(name, { exact: true }).uncheck()
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toHaveAttribute('data-to', `art_${newNumbers.get(fixture.pair.changes.insertedArticle)}`)
    await expect(rows.first().locator('.compare-side.missing')).toHaveText('Absent.')
    await filters.getByLabel('Inserted', { exact: true }).uncheck()
    await filters.getByLabel('Deleted', { exact: true }).check()
    await expect(glossa.getByText('No article matches the chosen filters.')).toBeVisible()

    // The outline jumps to an article in the compare view, even one the filters hide.
    await glossa.locator('.outline button[data-eid="art_2"]').click()
    const second = glossa.locator('.compare-row[data-from="art_2"]')
    await expect(second).toBeInViewport()
    await expect(second.locator('.compare-side').first()).toContainText(fixture.pair.old.parts[0]!.articles[1]!.clauses[0]!.text)
    for (const name of ['Changed', 'Inserted', 'Renumbered or moved']) await filters.getByLabel(name, { exact: true }).check()
    await glossa.locator(`.outline button[data-eid="art_${oldNumbers.get(articleId!)}"]`).click()
    await expect(reworded).toBeInViewport()
    await glossa.screenshot({ path: '/tmp/edviews-compare-en.png' })
    // Far beyond the rows rendered so far: the last article of the first draft.
    await glossa.locator('.compare-rows').evaluate((element) => element.scrollTo(0, 0))
    await glossa.locator('.outline button[data-eid="art_95"]').click()
    await expect(glossa.locator('.compare-row[data-from="art_95"]')).toBeInViewport()

    // The comparative table, as PDF: only wording changes, the commentary beside its article.
    const pdf = join(folder, 'table.pdf')
    host.exportAnswers.push(pdf)
    await filters.getByLabel('Renumbered or moved', { exact: true }).uncheck()
    await glossa.getByRole('button', { name: 'Comparative Table (PDF)…' }).click()
    await expect(glossa.getByTestId('notice-message')).toHaveText('Exported to table.pdf', { timeout: 60_000 })
    const text = pdftotext(pdf)
    for (const words of ['Comparative table', 'Previous wording', 'New wording', 'Commentary', 'Absent.']) expect(text).toContain(words)
    const flat = text.replace(/\s+/g, ' ')
    for (const note of fixture.commented) expect(flat).toContain(note.commentary.split(' ').slice(0, 4).join(' '))
    // Only renumbered articles are left out: the first article, unchanged, is not in the table.
    expect(text).not.toMatch(/Article 1\s{2,}Article 1\b/)

    await glossa.getByRole('button', { name: 'Close Comparison' }).click()
    await expect(glossa.locator('.compare-view')).toHaveCount(0)
    await expect(glossa.locator('article[data-eid="art_1"]')).toBeVisible()
  })
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('shows the summary in Russian and writes the table as Word, headed in the document’s language', async ({ glossa, host, folder }) => {
    const fixture = tableFixture('ru', { articles: 40, deleteArticle: true })
    await openAndCompare(glossa, host, folder, fixture)
    await expect(glossa.getByTestId('compare-summary')).toHaveText(/^статей: 40 — без изменений: \d+, изменено: \d+, добавлено: 1, исключено: 1, перенумеровано: \d+, перемещено: 1$/)
    const deleted = glossa.locator('.compare-row[data-status="deleted"]')
    await expect(deleted).toHaveCount(1)
    await expect(deleted.locator('.compare-side.missing')).toHaveText('Исключена.')
    await glossa.screenshot({ path: '/tmp/edviews-compare-ru.png' })

    const docx = join(folder, 'таблица.docx')
    host.exportAnswers.push(docx)
    await glossa.getByRole('button', { name: 'Сравнительная таблица (Word)…' }).click()
    await expect(glossa.getByTestId('notice-message')).toHaveText('Экспортировано в таблица.docx', { timeout: 60_000 })
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    for (const words of ['Сравнительная таблица', 'Прежняя редакция', 'Новая редакция', 'Комментарий', 'Исключена.', 'Отсутствует.']) expect(xml).toContain(words)
    for (const note of fixture.commented) expect(xml).toContain(note.commentary)
    expect(xml).toMatch(/<w:strike\/>/)
  })
})
