import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateLegalDocx } from '../src/shared/fixtures/generate-docx'
import { generateLegalHtml, generateLegalText } from '../src/shared/fixtures/generate-text'
import { printImageOnlyPdf, printLegalPdf } from '../src/shared/fixtures/print-pdf'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

const outlineArticles = '.outline .outline-article > button'
const outlineParts = '.outline .outline-part > button'

/** Keys pressed before the first project has loaded would go nowhere: wait for the welcome project. */
async function welcomeLoaded(glossa: Page) {
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  await expect(glossa.locator(outlineParts)).toHaveCount(2)
}

test('import a Russian DOCX through the file dialog: report, confirm, 95 articles in the outline', async ({ glossa, host, folder }) => {
  const file = join(folder, 'konstitutsiya.docx')
  await writeFile(file, await generateLegalDocx({ language: 'ru', parts: 11, articles: 95 }))

  await welcomeLoaded(glossa)
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  // Reading a 95-article PDF or DOCX takes a few seconds on a busy two-core machine.
  await expect(report.getByTestId('import-summary')).toHaveText(/^Preamble, 11 parts, 95 articles, \d+ clauses$/, { timeout: 20_000 })
  await expect(report.getByTestId('import-format')).toHaveText('Format: Word document (DOCX), language: Russian')
  await expect(report).toContainText('No problems found.')
  await glossa.screenshot({ path: '/tmp/import-docx-report.png' })
  await report.getByRole('button', { name: 'Create document' }).click()

  await expect(glossa.locator(outlineParts)).toHaveCount(11)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  await expect(glossa.locator(outlineParts).first()).toHaveText('Раздел I. Положения о государстве')
  await glossa.locator('.outline button[data-eid="art_42"]').click()
  const article42 = glossa.locator('article[data-eid="art_42"]')
  await expect(article42).toBeInViewport()
  await expect(article42.locator('.lx-label').first()).toHaveText('Статья 42')
  await expect(article42).toContainText('Пункт 1 статьи 42')
})

test('import a Kazakh PDF with running heads and page numbers: 95 articles, no page furniture in the text', async ({ glossa, host, folder, browser }) => {
  const printer = await browser.newPage()
  const file = join(folder, 'ata-zan.pdf')
  await writeFile(file, await printLegalPdf(printer, { language: 'kk', parts: 11, articles: 95 }))
  await printer.close()

  await welcomeLoaded(glossa)
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  // Reading a 95-article PDF or DOCX takes a few seconds on a busy two-core machine.
  await expect(report.getByTestId('import-summary')).toHaveText(/^Preamble, 11 parts, 95 articles, \d+ clauses$/, { timeout: 20_000 })
  await expect(report.getByTestId('import-format')).toHaveText('Format: PDF, language: Kazakh')
  await expect(report).toContainText('No problems found.')
  await report.getByRole('button', { name: 'Create document' }).click()

  await expect(glossa.locator(outlineParts)).toHaveCount(11)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  await expect(glossa.locator(outlineArticles).nth(4)).toHaveText('5-бап')
  await expect(glossa.getByTestId('project-title')).toHaveText('Мысалстан Республикасының Конституциясы')
  await expect(glossa.locator('.lx-preamble .lx-label').first()).toHaveText('Кіріспе')
  const text = glossa.locator('.legal-text')
  await expect(text).not.toContainText('Жалпыхалықтық талқылауға арналған жоба')
  await glossa.screenshot({ path: '/tmp/import-pdf-outline.png' })
})

test('the report lists numbering problems and shows the unit each one concerns before anything is created', async ({ glossa, host, folder }) => {
  const html = generateLegalHtml({ parts: 2, articles: 8 })
    .replace('<h4 class="article">Article 6</h4>', '<h4 class="article">Article 7</h4>')
    .replace(/<h4 class="article">Article 8<\/h4>\s*<p class="text">[^<]*<\/p>/, '<h4 class="article">Article 8</h4>')
  const file = join(folder, 'draft.html')
  await writeFile(file, html)

  await welcomeLoaded(glossa)
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByTestId('import-format')).toHaveText('Format: web page (HTML), language: English')
  await expect(report.locator('.report-warnings li')).toHaveCount(3)
  const repeat = report.locator('.report-warnings li', { hasText: 'Article 7 appears twice' })
  await repeat.getByRole('button', { name: 'Show' }).click()
  await expect(repeat.getByTestId('warning-preview')).toContainText('Article 7 Clause 1 of Article 7 concerns')
  await expect(report.locator('.report-warnings li', { hasText: 'Article 8 has no text' })).toBeVisible()
  await glossa.screenshot({ path: '/tmp/import-warnings.png' })

  await report.getByRole('button', { name: 'Cancel' }).click()
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
})

test('import text pasted from a newspaper site', async ({ glossa }) => {
  await welcomeLoaded(glossa)
  await glossa.keyboard.press('Control+Shift+V')
  const paste = glossa.getByRole('dialog', { name: 'Import pasted text' })
  await paste.getByRole('textbox').fill(generateLegalText({ language: 'kk', parts: 3, articles: 12 }))
  await paste.getByRole('button', { name: 'Read structure' }).click()
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByTestId('import-summary')).toHaveText(/^Preamble, 3 parts, 12 articles, \d+ clauses$/)
  await expect(report.getByTestId('import-format')).toHaveText('Format: pasted text, language: Kazakh')
  await report.getByRole('button', { name: 'Create document' }).click()
  await expect(glossa.locator(outlineArticles)).toHaveCount(12)
})

const badFiles: { name: string; file: string; content: (print: () => Promise<Uint8Array>) => Promise<Uint8Array | string>; message: RegExp }[] = [
  { name: 'an empty file', file: 'empty.txt', content: async () => '', message: /file is empty/ },
  { name: 'a binary file', file: 'photo.txt', content: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), message: /not text/ },
  { name: 'an image-only PDF', file: 'scan.pdf', content: (print) => print(), message: /no text layer .*OCR/ },
  { name: 'a damaged DOCX', file: 'draft.docx', content: async () => 'PK\u0003\u0004 this is not really a zip', message: /not a readable Word document/ },
  { name: 'a text with no articles', file: 'letter.md', content: async () => '# Dear colleague\n\nThere is no law here.', message: /No articles were recognised/ }
]

for (const bad of badFiles) {
  test(`importing ${bad.name} says why, creates nothing and leaves the open project untouched`, async ({ glossa, host, folder, browser }) => {
    const file = join(folder, bad.file)
    await writeFile(file, await bad.content(async () => {
      const printer = await browser.newPage()
      const pdf = await printImageOnlyPdf(printer)
      await printer.close()
      return pdf
    }))
    const before = await readFile(file)
    await welcomeLoaded(glossa)
    const articlesBefore = await glossa.locator(outlineArticles).count()

    host.importAnswers.push(file)
    await glossa.keyboard.press('Control+i')
    await expect(glossa.getByTestId('error-message')).toHaveText(bad.message)
    await expect(glossa.getByRole('dialog', { name: 'Import report' })).toHaveCount(0)
    await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
    await expect(glossa.locator(outlineArticles)).toHaveCount(articlesBefore)
    await expect(glossa.getByTestId('save-state')).toHaveText('Not saved yet')
    expect((await readFile(file)).equals(before)).toBe(true)
  })
}
