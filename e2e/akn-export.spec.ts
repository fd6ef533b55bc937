import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Page } from '@playwright/test'
import { generateLegalBlocks, generateLegalText } from '../src/shared/fixtures/generate-text'
import type { TestHost } from './support/test-host'
import { expect, test } from './support/fixtures'

const outlineArticles = '.outline .outline-article > button'

/** Keys pressed before the first project has loaded would go nowhere: wait for the welcome project. */
async function welcomeLoaded(glossa: Page) {
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
}

/** Imports a file through Import Text and the report dialog; returns the report's structure summary. */
async function importThroughUi(glossa: Page, host: TestHost, file: string): Promise<string> {
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByTestId('import-summary')).toBeVisible()
  const summary = (await report.getByTestId('import-summary').textContent()) ?? ''
  await report.getByRole('button', { name: 'Create document' }).click()
  await expect(report).toHaveCount(0)
  return summary
}

/** Every eId attribute in an AKN file, in document order. */
function eIdsOf(xml: string): string[] {
  return [...xml.matchAll(/\beId="([^"]*)"/g)].map((match) => match[1]!)
}

test('export a 95-article text as Akoma Ntoso and import the file back: same outline, art_N / art_N__para_M eIds', async ({ glossa, host, folder }) => {
  const source = join(folder, 'constitution.txt')
  await writeFile(source, generateLegalText())
  await welcomeLoaded(glossa)
  const summaryBefore = await importThroughUi(glossa, host, source)
  expect(summaryBefore).toMatch(/^Preamble, 11 parts, 95 articles, \d+ clauses$/)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  const outlineBefore = await glossa.locator('.outline button[data-eid]').allTextContents()

  // Cancelling the save dialog writes nothing and says nothing.
  await glossa.keyboard.press('Control+Shift+X')
  await expect.poll(() => host.aknSuggestedNames.length).toBe(1)
  await expect(glossa.getByTestId('notice-message')).toHaveCount(0)
  await expect(glossa.getByRole('alert')).toHaveCount(0)

  const out = join(folder, 'constitution.akn.xml')
  host.aknExportAnswers.push(out)
  await glossa.keyboard.press('Control+Shift+X')
  await expect(glossa.getByTestId('notice-message')).toHaveText(`Exported to ${basename(out)}`)
  expect(host.aknSuggestedNames).toEqual(['Constitution of the Republic of Examplestan.xml', 'Constitution of the Republic of Examplestan.xml'])
  await glossa.screenshot({ path: '/tmp/akn-export-notice.png' })

  const xml = await readFile(out, 'utf8')
  expect(XMLValidator.validate(xml)).toBe(true)
  const root = new XMLParser({ ignoreAttributes: false }).parse(xml)
  expect(root.akomaNtoso['@_xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0')
  expect(root.akomaNtoso.act.meta.identification.FRBRExpression.FRBRlanguage['@_language']).toBe('eng')

  // Every article of the generated text, and each of its clauses, under the AKN naming convention.
  const eIds = eIdsOf(xml)
  let articleNumber = 0
  const expected: string[] = []
  for (const block of generateLegalBlocks()) {
    if (block.kind === 'article') expected.push(`art_${++articleNumber}`)
    if (block.kind === 'clause') expected.push(`art_${articleNumber}__para_${expected.filter((id) => id.startsWith(`art_${articleNumber}__para_`)).length + 1}`)
  }
  expect(expected.filter((id) => !id.includes('__'))).toHaveLength(95)
  expect(eIds.filter((id) => /^art_\d+(__para_\d+)?$/.test(id))).toEqual(expected)
  expect(new Set(eIds).size).toBe(eIds.length)

  // The exported file goes back in through the same Import Text as any other file.
  const summaryAfter = await importThroughUi(glossa, host, out)
  expect(summaryAfter).toBe(summaryBefore)
  // The notice was about the text that was exported, not the one now loaded.
  await expect(glossa.getByTestId('notice-message')).toHaveCount(0)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  expect(await glossa.locator('.outline button[data-eid]').allTextContents()).toEqual(outlineBefore)
  await glossa.locator('.outline button[data-eid="art_42"]').click()
  await expect(glossa.locator('article[data-eid="art_42"]')).toBeInViewport()
  await expect(glossa.locator('[data-eid="art_42__para_2"]')).toContainText('Clause 2 of Article 42')
})

test('exporting Akoma Ntoso without a text, or to a folder that does not exist, says why', async ({ glossa, host, folder }) => {
  await welcomeLoaded(glossa)
  await glossa.keyboard.press('Control+n')
  await expect(glossa.locator('.outline .muted')).toBeVisible()
  await glossa.keyboard.press('Control+Shift+X')
  await expect(glossa.getByTestId('error-message')).toHaveText('This project has no legal text to export yet. Import a text first.')
  expect(host.aknSuggestedNames).toEqual([])
  await glossa.getByRole('button', { name: 'Dismiss' }).click()

  const source = join(folder, 'short.txt')
  await writeFile(source, generateLegalText({ parts: 2, articles: 6 }))
  await importThroughUi(glossa, host, source)
  const missing = join(folder, 'no-such-folder', 'out.xml')
  host.aknExportAnswers.push(missing)
  await glossa.keyboard.press('Control+Shift+X')
  await expect(glossa.getByTestId('error-message')).toHaveText(`The export could not be completed: ${basename(missing)} was not written.`)
  await expect(glossa.getByTestId('notice-message')).toHaveCount(0)
})

test("the last import's warnings stay reachable after confirming, and each one goes to its unit", async ({ glossa, host, folder }) => {
  const source = join(folder, 'gap.txt')
  // Article 80 is numbered 81 by mistake: a gap before it and a repeated number after it.
  await writeFile(source, generateLegalText().replace('\nArticle 80\n', '\nArticle 81\n'))
  await welcomeLoaded(glossa)
  // The welcome project came from no import: nothing to show.
  await expect(glossa.getByRole('button', { name: /^Import warnings/ })).toHaveCount(0)
  await importThroughUi(glossa, host, source)
  await expect(glossa.locator(outlineArticles)).toHaveCount(95)

  const button = glossa.getByRole('button', { name: 'Import warnings (2)' })
  await expect(button).toBeVisible()
  await button.click()
  const list = glossa.getByRole('dialog', { name: 'Warnings from the last import' })
  await expect(list.getByRole('listitem')).toHaveText(['Article 81 follows 79: 80–80 missing', 'Article 81 appears twice'])
  await glossa.screenshot({ path: '/tmp/akn-import-warnings.png' })
  await list.getByRole('button', { name: 'Article 81 appears twice' }).click()
  await expect(list).toHaveCount(0)
  const repeated = glossa.locator('article[data-eid="art_81_2"]')
  await expect(repeated).toBeInViewport()
  await expect(repeated).toHaveClass(/lx-focused/)
  await expect(glossa.locator('article[data-eid="art_1"]')).not.toBeInViewport()
  await glossa.screenshot({ path: '/tmp/akn-import-warning-jump.png' })

  // Another text loaded: the old warnings no longer apply.
  await writeFile(source, generateLegalText({ parts: 2, articles: 6 }))
  await importThroughUi(glossa, host, source)
  await expect(glossa.locator(outlineArticles)).toHaveCount(6)
  await expect(glossa.getByRole('button', { name: /^Import warnings/ })).toHaveCount(0)
})
