import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { parseProjectFile } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'

const outlineArticles = '.outline .outline-article > button'
const outlineParts = '.outline .outline-part > button'

test('first launch opens the welcome project that explains importing', async ({ glossa }) => {
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  await expect(glossa.locator('.legal-text')).toContainText('Import Text')
  await expect(glossa.locator(outlineParts)).toHaveText(['Part I. Getting started', 'Part II. Keeping your work'])
})

test('create, import 95 articles in 11 parts, jump to Article 42, save, close, reopen intact', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, generateLegalText({ parts: 11, articles: 95 }))
  const projectFile = join(folder, 'examplestan.glossa')

  await glossa.getByRole('button', { name: 'New Project' }).click()
  await expect(glossa.getByTestId('project-title')).toHaveText('Untitled project')

  host.importAnswers.push(textFile)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByTestId('import-summary')).toHaveText(/^Preamble, 11 parts, 95 articles, \d+ clauses$/)
  await report.getByRole('button', { name: 'Create document' }).click()

  await expect(glossa.locator(outlineParts)).toHaveCount(11)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')

  await glossa.keyboard.press('Control+g')
  const goTo = glossa.getByRole('dialog', { name: 'Go to article' })
  await goTo.getByLabel('Article number').fill('42')
  await goTo.getByLabel('Article number').press('Enter')
  const article42 = glossa.locator('article[data-eid="art_42"]')
  await expect(article42).toHaveClass(/lx-focused/)
  await expect(article42).toBeInViewport()
  await expect(article42.locator('.lx-label').first()).toHaveText('Article 42')

  host.saveAnswers.push(projectFile)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  expect(saved.ok).toBe(true)

  await glossa.getByRole('button', { name: 'Close Project' }).click()
  await expect(glossa.locator(outlineArticles)).toHaveCount(0)

  host.openAnswers.push(projectFile)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.locator(outlineParts)).toHaveCount(11)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  await glossa.locator('.outline button[data-eid="art_42"]').click()
  await expect(article42).toBeInViewport()
  await expect(article42).toContainText('Clause 1 of Article 42')
  await expect(glossa.locator('.recent')).toContainText('Constitution of the Republic of Examplestan')
})

test('the legal text is read-only until Edit Text is chosen', async ({ glossa }) => {
  const firstParagraph = glossa.locator('.lx-preamble p').first()
  const before = await firstParagraph.textContent()
  await firstParagraph.click()
  await glossa.keyboard.type('XYZ')
  await expect(firstParagraph).toHaveText(before!)
  await expect(glossa.getByTestId('save-state')).toHaveText('Not saved yet')

  await glossa.keyboard.press('Control+e')
  await expect(glossa.getByRole('button', { name: 'Editing text' })).toBeVisible()
  // The paragraph wraps over several lines: put the caret before its first letter, then type.
  await firstParagraph.click({ position: { x: 1, y: 4 } })
  await glossa.keyboard.press('Home')
  await glossa.keyboard.type('Corrected. ')
  await expect(firstParagraph).toHaveText(`Corrected. ${before}`)
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')
})
