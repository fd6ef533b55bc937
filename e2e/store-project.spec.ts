import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseProjectFile } from '../src/shared/project/parse'
import { dragSelect, savedLaw } from './annotation-steps'
import { expect, test } from './support/fixtures'

/**
 * The open project has one owner in the renderer: saves that overlap edits lose nothing, exports see the
 * text as it is now, undo re-anchors what it brings back, and typing in commentary is never an app shortcut.
 */

const highlight = (page: Page, quote: string) => page.locator('.annotation-highlight', { hasText: quote }).first()

/** Holds every project:save the renderer sends until `releaseSaves` is called; records every channel used. */
async function holdSaves(glossa: Page) {
  await glossa.evaluate(() => {
    const real = window.__glossaInvoke
    const held: (() => void)[] = []
    const calls: string[] = []
    Object.assign(window, { __held: held, __calls: calls })
    window.__glossaInvoke = (channel, payload) => {
      calls.push(channel)
      if (channel !== 'project:save') return real(channel, payload)
      return new Promise<void>((resolve) => held.push(resolve)).then(() => real(channel, payload))
    }
  })
}
/** Lets the oldest held save through (`all`: every one). */
const releaseSaves = (glossa: Page, all = false) =>
  glossa.evaluate((every) => {
    const held = (window as unknown as { __held: (() => void)[] }).__held
    for (const release of every ? held.splice(0) : held.splice(0, 1)) release()
  }, all)
const heldSaves = (glossa: Page) => glossa.evaluate(() => (window as unknown as { __held: unknown[] }).__held.length)

test('a tag added while a save is in flight stays, stays unsaved, and reaches the file with the next save (defect 1)', async ({ glossa, host, folder }) => {
  const projectFile = await savedLaw(glossa, host, folder)
  await holdSaves(glossa)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  await glossa.keyboard.press('Control+s')
  await expect.poll(() => heldSaves(glossa)).toBe(1)

  await glossa.getByRole('button', { name: /^Tags/ }).click()
  const tags = glossa.getByRole('dialog', { name: 'Tags' })
  await tags.getByLabel('Name').fill('Added while saving')
  await tags.getByRole('button', { name: 'Add tag' }).click()
  await tags.getByRole('button', { name: 'Close' }).click()
  // Only the save that was in flight when the tag was added is answered here.
  await releaseSaves(glossa)

  await expect(glossa.getByRole('button', { name: /^Tags/ })).toContainText('1')
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')
  await glossa.keyboard.press('Control+s')
  await expect.poll(() => heldSaves(glossa)).toBeGreaterThan(0)
  await releaseSaves(glossa, true)
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  expect(saved.value.tags.map((tag) => tag.name)).toEqual(['Added while saving'])
  expect(saved.value.annotations).toHaveLength(1)
})

test('Word export right after Edit Text, unsaved, prints the new text with the note where its text now is (defect 3)', async ({ glossa, host, folder }) => {
  await savedLaw(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  await glossa.getByRole('textbox', { name: 'Commentary' }).click()
  await glossa.keyboard.type('Remark on the state.')
  await glossa.getByRole('region', { name: 'Annotation' }).getByRole('button', { name: 'Close' }).click()

  await glossa.keyboard.press('Control+e')
  await dragSelect(glossa, 'art_5', 'secular')
  await glossa.keyboard.type('lay')
  await glossa.keyboard.press('Control+e')
  await expect(highlight(glossa, 'lay state')).toHaveText('lay state')
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')

  const docx = join(folder, 'commentary.docx')
  host.exportAnswers.push(docx)
  await glossa.keyboard.press('Control+Shift+E')
  const dialog = glossa.getByRole('dialog', { name: 'Export for publication' })
  await dialog.getByRole('button', { name: 'Export Word…' }).click()
  await expect(dialog.getByTestId('export-outcome')).toHaveText('Exported to commentary.docx')
  const body = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' })
  const footnotes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml'], { encoding: 'utf8' })
  const plain = (xml: string) => xml.replace(/<w:footnoteReference [^>]*\/>/g, '[note]').replace(/<[^>]+>/g, '')
  expect(plain(body)).toContain('The Republic is a lay state[note]')
  expect(plain(body)).not.toContain('secular')
  expect(plain(footnotes)).toContain('Remark on the state.')
})

test('undoing the text edit that orphaned a note puts the note back on its text, in edit mode and after it (defect 5)', async ({ glossa, host, folder }) => {
  await savedLaw(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(highlight(glossa, 'secular state')).toBeVisible()
  const orphans = glossa.getByRole('region', { name: 'Orphaned annotations' })

  await glossa.keyboard.press('Control+e')
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Backspace')
  await expect(orphans.locator('.orphan')).toHaveCount(1)
  await glossa.keyboard.press('Control+z')
  await expect(orphans).toHaveCount(0)
  await expect(highlight(glossa, 'secular state')).toHaveText('secular state')

  // Once more, and undone from reading mode: the project's one history reaches the text edit.
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Backspace')
  await expect(orphans.locator('.orphan')).toHaveCount(1)
  await glossa.keyboard.press('Control+e')
  await glossa.keyboard.press('Control+z')
  await expect(orphans).toHaveCount(0)
  await expect(highlight(glossa, 'secular state')).toHaveText('secular state')
  await expect(glossa.locator('article[data-eid="art_5"]')).toContainText('The Republic is a secular state.')
})

test('typing in commentary: Ctrl+I is italic, Ctrl+E and other app shortcuts do nothing, Ctrl+Z undoes only the typing (defect 6)', async ({ glossa, host, folder }) => {
  await savedLaw(glossa, host, folder)
  await holdSaves(glossa)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const commentary = glossa.getByRole('textbox', { name: 'Commentary' })
  // Focus moves into what opens: Comment puts the caret in the commentary.
  await expect(commentary).toBeFocused()
  await glossa.keyboard.type('Secularism')
  // A pause ends the commentary's own undo step, as a pause in typing does.
  await glossa.waitForTimeout(700)
  await glossa.keyboard.press('Control+i')
  await glossa.keyboard.type(' binds')
  await expect(commentary.locator('em')).toHaveText(' binds')
  await glossa.keyboard.press('Control+e')
  await glossa.keyboard.press('Control+Shift+M')
  await glossa.keyboard.press('Control+g')
  await expect(glossa.getByText('Reading', { exact: true })).toBeVisible()
  await expect(glossa.getByRole('dialog')).toHaveCount(0)
  const calls = await glossa.evaluate(() => (window as unknown as { __calls: string[] }).__calls)
  expect(calls.filter((channel) => channel === 'document:import' || channel === 'project:mergeFromFile')).toEqual([])

  await glossa.keyboard.press('Control+z')
  await expect(commentary).toHaveText('Secularism')
  await expect(highlight(glossa, 'secular state')).toBeVisible()
  await expect(glossa.getByRole('region', { name: 'Annotation' })).toBeVisible()
  // Escape closes the annotation; the note and its commentary stay.
  await glossa.keyboard.press('Escape')
  await expect(glossa.getByRole('region', { name: 'Annotation', exact: true })).toHaveCount(0)
  await expect(glossa.locator('.annotation-pane .annotation-item-comment')).toHaveText('Secularism')
})
