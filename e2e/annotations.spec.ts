import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseProjectFile } from '../src/shared/project/parse'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'

const pane = (page: Page) => page.locator('.annotation-pane')
const highlight = (page: Page, quote: string) => page.locator('.annotation-highlight', { hasText: quote }).first()

test('annotate two provisions with tags, commentary and a cross-reference; save, reopen, filter, see them', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  const projectFile = join(folder, 'annotated.glossa')
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)

  // Article 5, in reading mode: select with the mouse, then Comment from the floating toolbar.
  await expect(glossa.getByRole('button', { name: 'Edit Text' })).toBeVisible()
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const editor = glossa.getByRole('region', { name: 'Annotation' })
  await expect(editor.locator('.annotation-quote')).toHaveText('secular state')
  await expect(highlight(glossa, 'secular state')).toBeVisible()
  await editor.getByLabel('Add a tag').fill('Secularism')
  await editor.getByLabel('Add a tag').press('Enter')
  await expect(editor.getByRole('list', { name: 'Tags' })).toContainText('Secularism')
  const commentary = editor.getByRole('textbox', { name: 'Commentary' })
  await commentary.click()
  await glossa.keyboard.type('Secularism ')
  await glossa.keyboard.press('Control+b')
  await glossa.keyboard.type('binds the state')
  await glossa.keyboard.press('Control+b')
  await glossa.keyboard.type(' itself.')
  await expect(commentary.locator('strong')).toHaveText('binds the state')
  await editor.getByLabel('Choose an article…').selectOption({ label: 'Article 19' })
  await editor.getByRole('button', { name: 'Add link' }).click()
  await expect(editor.getByRole('button', { name: 'See Article 19' })).toBeVisible()
  await editor.getByRole('button', { name: 'Close' }).click()

  // Article 19: the context menu's Tag action opens the annotation with the tag field ready.
  await dragSelect(glossa, 'art_19', 'union of a man and a woman')
  await glossa.locator('article[data-eid="art_19"] p').first().click({ button: 'right' })
  await glossa.getByRole('menu', { name: 'Annotate the selection' }).getByRole('menuitem', { name: 'Tag' }).click()
  await expect(editor.getByLabel('Add a tag')).toBeFocused()
  await glossa.keyboard.type('Marriage')
  await glossa.keyboard.press('Enter')
  await expect(editor.getByRole('list', { name: 'Tags' })).toContainText('Marriage')
  // The cross-reference shows the other way too.
  await expect(editor.getByRole('button', { name: /^Article 5: “secular state”/ })).toBeVisible()
  await editor.getByRole('button', { name: 'Close' }).click()

  // A nested highlight inside the first one, by shortcut; a click there shows both annotations.
  await dragSelect(glossa, 'art_5', 'secular')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(glossa.locator('.annotation-highlight.depth-2')).toHaveText('secular')
  await glossa.locator('.annotation-highlight.depth-2').click()
  const popover = glossa.getByRole('dialog', { name: '2 annotations here' })
  await expect(popover.getByRole('listitem')).toHaveCount(2)
  await expect(popover.getByRole('listitem').nth(1)).toContainText('Secularism binds the state itself.')
  await glossa.screenshot({ path: '/tmp/annotate-overlap.png' })
  await glossa.keyboard.press('Escape')

  // Undo and redo the nested highlight.
  await glossa.keyboard.press('Control+z')
  await expect(glossa.locator('.annotation-highlight.depth-2')).toHaveCount(0)
  await expect(highlight(glossa, 'secular state')).toBeVisible()
  await glossa.keyboard.press('Control+Shift+z')
  await expect(glossa.locator('.annotation-highlight.depth-2')).toHaveText('secular')
  await expect(glossa.locator('.outline button[data-eid="art_5"] .outline-count')).toHaveText('2')
  await expect(glossa.locator('.outline button[data-eid="art_19"] .outline-count')).toHaveText('1')

  host.saveAnswers.push(projectFile)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  expect(saved.value.annotations.map((annotation) => [annotation.target.eId, annotation.target.quote.exact])).toEqual([
    ['art_5', 'secular state'],
    ['art_19', 'union of a man and a woman'],
    ['art_5', 'secular']
  ])

  await glossa.getByRole('button', { name: 'Close Project' }).click()
  await expect(pane(glossa)).toHaveCount(0)
  host.openAnswers.push(projectFile)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()

  // After reopening: the list in document order, highlights drawn, filters narrowing the list.
  const items = pane(glossa).locator('.annotation-item')
  await expect(items.locator('.annotation-item-quote')).toHaveText(['“secular state”', '“secular”', '“union of a man and a woman”'])
  // Nested highlights split the text into segments: count annotations, not elements.
  const drawnIds = () =>
    glossa.evaluate(() => new Set([...document.querySelectorAll('.annotation-highlight')].flatMap((element) => element.getAttribute('data-annotations')!.split(' '))).size)
  await expect.poll(drawnIds).toBe(3)
  await pane(glossa).getByLabel('Filter by tag').selectOption({ label: 'Marriage' })
  await expect(items.locator('.annotation-item-quote')).toHaveText(['“union of a man and a woman”'])
  await pane(glossa).getByLabel('Filter by tag').selectOption({ label: 'Any tag' })
  await pane(glossa).getByLabel('Search annotations').fill('binds the state')
  await expect(items.locator('.annotation-item-quote')).toHaveText(['“secular state”'])
  await pane(glossa).getByLabel('Search annotations').fill('')
  await pane(glossa).getByLabel('Filter by article').selectOption({ label: 'Article 5' })
  await expect(items).toHaveCount(2)
  await glossa.screenshot({ path: '/tmp/annotate-reopened.png' })

  // A click in the list scrolls to the annotation and opens it with its commentary intact.
  await pane(glossa).getByLabel('Filter by article').selectOption({ label: 'Any article' })
  await items.filter({ hasText: 'union of a man' }).getByRole('button').click()
  await expect(highlight(glossa, 'union of a man and a woman')).toBeInViewport()
  await expect(editor.getByRole('list', { name: 'Tags' })).toContainText('Marriage')
  await editor.getByRole('button', { name: /^Article 5: “secular state”/ }).click()
  await expect(editor.getByRole('textbox', { name: 'Commentary' })).toHaveText('Secularism binds the state itself.')
  await glossa.screenshot({ path: '/tmp/annotate-editor.png' })
})

test('a revised text re-anchors moved quotes, lists a deleted one as orphaned, and re-attaches it to new text', async ({ glossa, host, folder }) => {
  const original = join(folder, 'original.txt')
  const revised = join(folder, 'revised.txt')
  await writeFile(original, lawText())
  await writeFile(revised, lawText('The Republic of Examplestan is a democratic state governed by law.').replace('1. Marriage is', '1. As declared, marriage is'))
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, original)

  await dragSelect(glossa, 'art_5', 'Religious associations are separate')
  await glossa.keyboard.press('Control+Shift+H')
  await dragSelect(glossa, 'art_19', 'free and full consent')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(glossa.locator('.annotation-highlight')).toHaveCount(2)

  await importLaw(glossa, host, revised)
  await expect(highlight(glossa, 'free and full consent')).toBeVisible()
  const orphans = glossa.getByRole('region', { name: 'Orphaned annotations' })
  await expect(orphans.locator('.orphan')).toHaveCount(1)
  await expect(orphans).toContainText('“Religious associations are separate”')

  await dragSelect(glossa, 'art_5', 'governed by law')
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click()
  await expect(orphans).toHaveCount(0)
  await expect(highlight(glossa, 'governed by law')).toBeVisible()
  await expect(glossa.locator('.annotation-pane .annotation-item-quote')).toHaveText(['“governed by law”', '“free and full consent”'])
})
