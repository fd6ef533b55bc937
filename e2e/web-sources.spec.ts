import { pdfText } from '../src/main/testing/pdf-text'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseProjectFile, serialiseProject } from '../src/shared/project/parse'
import { dragSelect, dragSelectWithin, importLaw, lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'

/**
 * A news article saved from a site becomes a source with its text kept in the project; a passage selected
 * in that text is cited in commentary, printed in the footnote, and checked against the text before export.
 */

const savedPage = join(process.cwd(), 'src/shared/sources/web/fixtures/en-json-ld.html')
const passage = 'publish the full text of any question'
const annotationEditor = (page: Page) => page.getByRole('region', { name: 'Annotation' })
const flatPdfText = (file: string) => pdfText(file).replace(/\s+/g, ' ')

async function openExport(page: Page) {
  await page.keyboard.press('Control+Shift+E')
  return page.getByRole('dialog', { name: 'Export for publication' })
}

test('add a source from a saved page, quote a passage from its archived text in commentary, export it, and be warned when the text changes', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  const page = join(folder, 'Senate backs referendum law.html')
  await copyFile(savedPage, page)
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)

  // Add source from file: the found fields, each with where it was found, to confirm in the form.
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  const library = glossa.getByRole('dialog', { name: 'Sources' })
  host.sourceFileAnswers.push(page)
  await library.getByRole('button', { name: 'Add source from file…' }).click()
  const form = glossa.getByRole('dialog', { name: 'Add source' })
  await expect(form).toContainText('Read from Senate backs referendum law.html.')
  await expect(form.getByLabel('Title')).toHaveValue('Senate backs referendum law')
  await expect(form.getByLabel('Authors')).toHaveValue('Omarova, Dana\nEllis, Mark')
  await expect(form.getByLabel('Date')).toHaveValue('2026-02-10')
  await expect(form.getByLabel('Type')).toHaveValue('article-newspaper')
  await expect(form.getByTestId('origin-title')).toHaveText(' (JSON-LD)')
  await expect(form.getByTestId('origin-language')).toHaveText(' (JSON-LD)')
  await glossa.screenshot({ path: '/tmp/web-sources-form.png' })
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form).toBeHidden()
  const entry = library.locator('.source-list li[data-source-id="omarova2026"]')
  await expect(entry.getByTestId('note-form')).toContainText('Steppe Herald')
  // The same page again is the same source (same URL): merged, not added twice.
  host.sourceFileAnswers.push(page)
  await library.getByRole('button', { name: 'Add source from file…' }).click()
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(library.getByRole('status')).toContainText('already in the library as omarova2026')
  await expect(library.locator('.source-list li')).toHaveCount(1)
  await library.getByRole('button', { name: 'Close' }).last().click()

  // Comment on Article 5, then read the archived text beside the law and cite a passage from it.
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const editor = annotationEditor(glossa)
  await editor.getByRole('textbox', { name: 'Commentary' }).click()
  await glossa.keyboard.type('The Senate wanted voters to read the question first.')
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  await entry.getByRole('button').first().click()
  await entry.getByRole('button', { name: 'Read archived text' }).click()
  await expect(library).toBeHidden()
  const archive = glossa.getByRole('region', { name: 'Archived text' })
  await expect(archive).toContainText('Taken from Senate backs referendum law.html')
  await expect(archive).not.toContainText('WhatsApp')
  await archive.getByLabel('Find in the archived text').fill('referendum')
  await expect(archive.getByRole('status')).toHaveText('Paragraphs found: 3')
  await archive.getByLabel('Find in the archived text').fill('')
  await dragSelectWithin(glossa, '.archive-text p[data-paragraph="3"]', passage)
  await archive.getByRole('button', { name: 'Cite this passage in the annotation' }).click()
  await expect(editor.locator('.citation-quote')).toHaveText(passage)
  await expect(editor.getByTestId('annotation-citation')).toContainText('Senate Backs Referendum Law')
  // The passage a note quotes is marked in the source's text.
  await expect(archive.locator('mark.quoted')).toHaveText(passage)
  await glossa.screenshot({ path: '/tmp/web-sources-archive.png' })

  // The source shows the note that cites it, with the passage it quotes.
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  await entry.getByRole('button').first().click()
  await expect(entry).toContainText('Annotations citing this source: 1')
  await expect(entry.locator('.cited-by .citation-quote')).toHaveText(passage)
  await entry.getByRole('button', { name: 'Read archived text' }).click()
  await expect(library).toBeHidden()

  // The project's search finds the archived text too, and opens it at the words found.
  await archive.getByRole('button', { name: 'Close' }).click()
  await expect(archive).toBeHidden()
  await glossa.locator('article[data-eid="art_5"]').click()
  await glossa.keyboard.press('Control+f')
  const search = glossa.getByRole('region', { name: 'Search the text' })
  await search.getByRole('searchbox', { name: 'Search the text' }).fill('referendum commission')
  const inArchives = search.getByRole('region', { name: 'In archived sources' })
  await inArchives.getByRole('button', { name: /Senate backs referendum law, paragraphs 3/ }).click()
  await expect(archive.getByLabel('Find in the archived text')).toHaveValue('referendum commission')
  await expect(archive.getByRole('status')).toHaveText('Paragraphs found: 1')
  await expect(archive.locator('mark.found')).toHaveText('Referendum Commission')
  await glossa.keyboard.press('Escape')

  const projectFile = join(folder, 'web-sources.glossa')
  host.saveAnswers.push(projectFile)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  // The quote with its context is a TextQuoteSelector into the archived text, with the paragraph as pinpoint.
  expect(saved.value.annotations[0]?.citations).toEqual([
    {
      sourceId: 'omarova2026',
      quote: passage,
      quoteContext: { prefix: 'entral Referendum Commission to ', suffix: ' at least one month before the v' },
      locator: { label: 'paragraph', value: '3' }
    }
  ])
  expect(saved.value.sources[0]?.snapshot?.fileName).toBe('Senate backs referendum law.html')

  // Export: nothing to warn about, and the footnote prints the quote.
  const pdf = join(folder, 'commentary.pdf')
  host.exportAnswers.push(pdf)
  let dialog = await openExport(glossa)
  await expect(dialog.getByTestId('quote-check')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog.getByTestId('export-outcome')).toHaveText(`Exported to ${basename(pdf)}`, { timeout: 90_000 })
  expect(flatPdfText(pdf)).toContain(passage)
  await dialog.getByRole('button', { name: 'Close' }).last().click()

  // The archived text changes (archived again after the site was edited): the export lists the quote.
  const project = saved.value
  const changed = { ...project, sources: project.sources.map((source) => ({ ...source, snapshot: { ...source.snapshot!, text: source.snapshot!.text.replace(passage, 'publish the question') } })) }
  await glossa.getByRole('button', { name: 'Close Project' }).click()
  await writeFile(projectFile, serialiseProject(changed))
  host.openAnswers.push(projectFile)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.locator('article[data-eid="art_5"]')).toBeVisible()
  dialog = await openExport(glossa)
  await expect(dialog.getByTestId('quote-check')).toContainText('Quoted passages that are no longer in their source’s archived text: 1')
  await expect(dialog.getByTestId('quote-check')).toContainText(`Senate backs referendum law: “${passage}”`)
  await glossa.screenshot({ path: '/tmp/web-sources-warning.png' })
})
