import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'
import type { TestHost } from './support/test-host'

/**
 * The Edit menu's Undo and Redo reach the page as commands (menu:command), as main's menu sends them:
 * outside a field they walk the project's one history; while typing, they undo the typing there.
 */

const highlight = (page: Page, quote: string) => page.locator('.annotation-highlight', { hasText: quote })

/** What main sends when Edit > Undo or Edit > Redo is clicked: the menu takes no focus from the page. */
const menu = (page: Page, command: 'undo' | 'redo') => page.evaluate((name) => window.__glossaEmit('menu:command', { command: name }), command)

async function newLaw(glossa: Page, host: TestHost, folder: string) {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)
}

test('Edit > Undo takes back a new highlight and Edit > Redo brings it back', async ({ glossa, host, folder }) => {
  await newLaw(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(highlight(glossa, 'secular state')).toHaveCount(1)

  await menu(glossa, 'undo')
  await expect(highlight(glossa, 'secular state')).toHaveCount(0)
  await menu(glossa, 'redo')
  await expect(highlight(glossa, 'secular state')).toHaveCount(1)
})

test('Edit > Undo while typing commentary undoes the typing there, not the project', async ({ glossa, host, folder }) => {
  await newLaw(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const commentary = glossa.getByRole('textbox', { name: 'Commentary' })
  await expect(commentary).toBeFocused()
  await glossa.keyboard.type('Secularism')
  // A pause ends the commentary's own undo step; the project counts the whole run of typing as one.
  await glossa.waitForTimeout(700)
  await glossa.keyboard.type(' binds')

  await menu(glossa, 'undo')
  await expect(commentary).toHaveText('Secularism')
  await expect(commentary).toBeFocused()
  await expect(highlight(glossa, 'secular state')).toHaveCount(1)
  await menu(glossa, 'redo')
  await expect(commentary).toHaveText('Secularism binds')
  await expect(highlight(glossa, 'secular state')).toHaveCount(1)
})

test('Edit > Undo in a plain text field undoes its typing', async ({ glossa, host, folder }) => {
  await newLaw(glossa, host, folder)
  await glossa.getByRole('button', { name: /^Tags/ }).click()
  const name = glossa.getByRole('dialog', { name: 'Tags' }).getByLabel('Name')
  await name.click()
  await glossa.keyboard.type('Draft')
  await menu(glossa, 'undo')
  await expect(name).toHaveValue('')
  await menu(glossa, 'redo')
  await expect(name).toHaveValue('Draft')
})

test('Edit > Undo in Edit Text mode undoes the text edit', async ({ glossa, host, folder }) => {
  await newLaw(glossa, host, folder)
  await glossa.keyboard.press('Control+e')
  await dragSelect(glossa, 'art_5', 'secular')
  await glossa.keyboard.type('lay')
  const article = glossa.locator('article[data-eid="art_5"]')
  await expect(article).toContainText('The Republic is a lay state.')

  await menu(glossa, 'undo')
  await expect(article).toContainText('The Republic is a secular state.')
  await menu(glossa, 'redo')
  await expect(article).toContainText('The Republic is a lay state.')
})
