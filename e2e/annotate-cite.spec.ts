import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { parseProjectFile } from '../src/shared/project/parse'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'

/** A BibTeX file as a reference manager exports it: a book and a journal article. */
const bibtex = String.raw`@book{smith2019,
  author    = {Smith, Anna},
  title     = {Secularism and the State},
  publisher = {Oxford University Press},
  year      = {2019}
}
@article{nurlanova2022,
  title = {Marriage Law in Central Asia}, author = {Nurlanova, Aigerim},
  journaltitle = {Eurasian Legal Studies}, volume = {7}, pages = {45--70}, date = {2022}
}
`

const pane = (page: Page) => page.locator('.annotation-pane')
const annotationEditor = (page: Page) => page.getByRole('region', { name: 'Annotation' })
const citedNotes = (editor: Locator) => editor.getByRole('list', { name: 'Sources' }).getByTestId('annotation-citation')

/** Imports the BibTeX file through the source library, then closes the library. */
async function importSources(page: Page, host: { sourcesAnswers: (string | null)[] }, file: string) {
  await page.getByRole('button', { name: /^Sources/ }).click()
  const library = page.getByRole('dialog', { name: 'Sources' })
  host.sourcesAnswers.push(file)
  await library.getByRole('button', { name: 'Import sources…' }).click()
  await expect(library.getByRole('status')).toHaveText('Sources imported from references.bib: 2.')
  await library.getByRole('button', { name: 'Close' }).last().click()
}

/** Cites a source from the open annotation's citation picker with a page pinpoint and an optional quote. */
async function cite(editor: Locator, sourceId: string, page: string, quote = '') {
  const picker = editor.getByRole('group', { name: 'Cite a source' })
  await picker.getByRole('combobox', { name: 'Source', exact: true }).selectOption(sourceId)
  await picker.getByRole('combobox', { name: 'Pinpoint', exact: true }).selectOption({ label: 'Page' })
  await picker.getByLabel('Pinpoint number').fill(page)
  await picker.getByLabel('Quote (optional)').fill(quote)
  await picker.getByRole('button', { name: 'Cite' }).click()
}

async function tagAndComment(page: Page, tag: string, commentary: string) {
  const editor = annotationEditor(page)
  await editor.getByLabel('Add a tag').fill(tag)
  await editor.getByLabel('Add a tag').press('Enter')
  await expect(editor.getByRole('list', { name: 'Tags' })).toContainText(tag)
  await editor.getByRole('textbox', { name: 'Commentary' }).click()
  await page.keyboard.type(commentary)
}

test('annotate two provisions with tags, commentary and cited sources; save, reopen, filter, see the citations in OSCOLA and Chicago', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  const bibFile = join(folder, 'references.bib')
  await writeFile(bibFile, bibtex)
  const projectFile = join(folder, 'cited.glossa')
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)
  await importSources(glossa, host, bibFile)
  const editor = annotationEditor(glossa)

  // Article 5: tag, commentary and a book cited at a page, with a quote.
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  await tagAndComment(glossa, 'Secularism', 'Secularism binds the state itself.')
  await cite(editor, 'smith2019', '12', 'the state stands apart from every faith')
  await expect(citedNotes(editor)).toHaveText(['Anna Smith, Secularism and the State (Oxford University Press 2019) 12.'])
  await expect(citedNotes(editor).first().locator('i')).toHaveText('Secularism and the State')
  await expect(editor.locator('.citation-quote')).toHaveText('the state stands apart from every faith')
  // The picker clears its pinpoint and quote for the next citation.
  await expect(editor.getByLabel('Pinpoint number')).toHaveValue('')
  await editor.getByRole('button', { name: 'Close' }).click()

  // Article 19: another tag, commentary and two sources' pages; one citation removed, undone, removed again.
  await dragSelect(glossa, 'art_19', 'union of a man and a woman')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  await tagAndComment(glossa, 'Marriage', 'Compare the post-Soviet pattern.')
  await cite(editor, 'nurlanova2022', '50')
  await cite(editor, 'smith2019', '40')
  await expect(citedNotes(editor)).toHaveCount(2)
  await editor.getByRole('button', { name: 'Remove citation 2' }).click()
  await expect(citedNotes(editor)).toHaveCount(1)
  await glossa.keyboard.press('Control+z')
  await expect(citedNotes(editor)).toHaveCount(2)
  await editor.getByRole('button', { name: 'Remove citation 2' }).click()
  await expect(citedNotes(editor)).toHaveText(['Aigerim Nurlanova, ‘Marriage Law in Central Asia’ (2022) 7 Eurasian Legal Studies 45, 50.'])
  await glossa.screenshot({ path: '/tmp/annotate-cite-editor.png' })
  await editor.getByRole('button', { name: 'Close' }).click()

  host.saveAnswers.push(projectFile)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  expect(saved.value.annotations.map((annotation) => [annotation.target.eId, annotation.citations])).toEqual([
    ['art_5', [{ sourceId: 'smith2019', locator: { label: 'page', value: '12' }, quote: 'the state stands apart from every faith' }]],
    ['art_19', [{ sourceId: 'nurlanova2022', locator: { label: 'page', value: '50' } }]]
  ])

  // Reopen: filter by tag, open the annotation, its citation is formatted in OSCOLA.
  await glossa.getByRole('button', { name: 'Close Project' }).click()
  host.openAnswers.push(projectFile)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  const items = pane(glossa).locator('.annotation-item')
  await expect(items).toHaveCount(2)
  await pane(glossa).getByLabel('Filter by tag').selectOption({ label: 'Secularism' })
  await expect(items.locator('.annotation-item-quote')).toHaveText(['“secular state”'])
  await items.getByRole('button').click()
  await expect(editor.getByRole('textbox', { name: 'Commentary' })).toHaveText('Secularism binds the state itself.')
  await expect(citedNotes(editor)).toHaveText(['Anna Smith, Secularism and the State (Oxford University Press 2019) 12.'])

  // Switch the project to Chicago: the open annotation's citation follows.
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  const library = glossa.getByRole('dialog', { name: 'Sources' })
  await library.getByLabel('Citation style').selectOption({ label: 'Chicago notes and bibliography (18th edition)' })
  await library.getByRole('button', { name: 'Close' }).last().click()
  // Chicago's full notes: a citation on its own is given in full.
  await expect(citedNotes(editor)).toHaveText(['Anna Smith, Secularism and the State (Oxford University Press, 2019), 12.'])
  await editor.getByRole('button', { name: 'Close' }).click()

  // A source shows the annotations citing it; one click opens that annotation.
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  const nurlanova = library.locator('.source-list li[data-source-id="nurlanova2022"]')
  await nurlanova.getByRole('button').first().click()
  await expect(nurlanova).toContainText('Annotations citing this source: 1')
  await nurlanova.getByRole('button', { name: /union of a man and a woman/ }).click()
  await expect(library).toBeHidden()
  await expect(editor.locator('.annotation-quote')).toHaveText('union of a man and a woman')
  await expect(citedNotes(editor)).toHaveText(['Aigerim Nurlanova, “Marriage Law in Central Asia,” Eurasian Legal Studies 7 (2022): 50.'])
  await expect(glossa.locator('.annotation-highlight', { hasText: 'union of a man and a woman' }).first()).toBeInViewport()
  await glossa.screenshot({ path: '/tmp/annotate-cite-chicago.png' })
})

test('a discussion under an annotation: post, edit and delete a reply, each undoable', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const editor = annotationEditor(glossa)
  const replies = editor.getByRole('list', { name: 'Discussion' }).getByRole('listitem')

  await expect(editor.getByRole('button', { name: 'Post reply' })).toBeDisabled()
  await editor.getByRole('textbox', { name: 'Write a reply' }).click()
  await glossa.keyboard.type('Does this cover religious schools?')
  await editor.getByRole('button', { name: 'Post reply' }).click()
  await expect(replies).toHaveCount(1)
  await expect(replies.first().locator('.reply-text')).toHaveText('Does this cover religious schools?')
  await expect(replies.first().locator('.reply-byline')).toContainText('Me, ')
  await expect(editor.getByRole('textbox', { name: 'Write a reply' })).toHaveText('')

  await replies.first().getByRole('button', { name: 'Edit' }).click()
  await editor.getByRole('textbox', { name: 'Edit reply' }).click()
  await glossa.keyboard.press('End')
  await glossa.keyboard.type(' And universities?')
  await replies.first().getByRole('button', { name: 'Done' }).click()
  await expect(replies.first().locator('.reply-text')).toHaveText('Does this cover religious schools? And universities?')

  // Undo (outside text fields) steps back through the edit, then the reply itself.
  await glossa.keyboard.press('Control+z')
  await expect(replies.first().locator('.reply-text')).toHaveText('Does this cover religious schools?')
  await glossa.keyboard.press('Control+Shift+z')
  await expect(replies.first().locator('.reply-text')).toHaveText('Does this cover religious schools? And universities?')
  await replies.first().getByRole('button', { name: 'Delete reply' }).click()
  await expect(replies).toHaveCount(0)
  await glossa.keyboard.press('Control+z')
  await expect(replies).toHaveCount(1)
  await glossa.screenshot({ path: '/tmp/annotate-replies.png' })
})
