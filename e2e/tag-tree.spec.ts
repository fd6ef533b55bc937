import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { Tag } from '../src/shared/annotations/types'
import { parseProjectFile } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'
import { writeTaggedProject } from './tagged-project'

/**
 * Tags as a tree: a parent's filter shows its children's notes, a typed path makes or finds the tag under its
 * parent (one undo step), chips show the path, tags move by menu or by drag, and colours are inherited.
 */

const yellow = '#f5c542'
const blue = '#7cc4f2'

/** A project with Values > {Secularism, Laicite} and Family, four annotations on Articles 1-4. */
function treeProject(folder: string, names: { values: string; secularism: string; laicite: string; family: string }): Promise<string> {
  const tag = (id: string, name: string, color: string, parentId: string | null): Tag => ({ id, name, color, description: '', parentId })
  const tags = [tag('values', names.values, yellow, null), tag('secularism', names.secularism, yellow, 'values'), tag('laicite', names.laicite, yellow, 'values'), tag('family', names.family, blue, null)]
  return writeTaggedProject(folder, 'tree.glossa', tags, [['secularism'], ['laicite'], ['values'], ['family']])
}

const menu = (page: Page, command: 'undo' | 'redo') => page.evaluate((name) => window.__glossaEmit('menu:command', { command: name }), command)
const pane = (page: Page) => page.locator('.annotation-list')

async function saved(page: Page, file: string) {
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-state')).toHaveText(/^(Saved|Сохранено|Сақталды)$/)
  const project = parseProjectFile(await readFile(file, 'utf8'))
  if (!project.ok) throw new Error(project.error.code)
  return project.value
}

test('filter by a parent, type a path, see it on the chip, undo it in one step, move and recolour in the tree', async ({ glossa, host, folder }) => {
  const file = await treeProject(folder, { values: 'Values', secularism: 'Secularism', laicite: 'Laicite', family: 'Family' })
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()

  // Filtering by "Values" shows the notes tagged with it and with its sub-tags; the menu lists paths.
  const filter = pane(glossa).getByLabel('Filter by tag')
  await expect(filter.locator('option')).toHaveText(['Any tag', 'Family', 'Values', 'Values > Laicite', 'Values > Secularism'])
  await filter.selectOption({ label: 'Values' })
  await expect(glossa.getByTestId('annotation-count')).toHaveText('3 of 4 shown')
  await filter.selectOption({ label: 'Values > Secularism' })
  await expect(glossa.getByTestId('annotation-count')).toHaveText('1 of 4 shown')
  await filter.selectOption({ label: 'Any tag' })

  // Typing a path on Article 4's note makes the missing level under the existing one; the chip shows the path.
  await pane(glossa).locator('.annotation-item').nth(3).getByRole('button').click()
  const editor = glossa.locator('.annotation-editor')
  await editor.getByLabel('Add a tag').fill('Values > Secularism > State neutrality')
  await editor.getByRole('button', { name: 'Add tag' }).click()
  const chips = editor.getByRole('list', { name: 'Tags' }).locator('.tag-chip')
  await expect(chips).toHaveText(['Family×', 'Values > Secularism > State neutrality×'])
  await expect(chips.nth(1).locator('.tag-chip-parent')).toHaveText('Values > Secularism >')
  // A bare name that one tag has anywhere in the tree is that tag, not a new top-level one.
  await editor.getByLabel('Add a tag').fill('laicite')
  await editor.getByRole('button', { name: 'Add tag' }).click()
  await expect(chips).toHaveText(['Family×', 'Values > Secularism > State neutrality×', 'Values > Laicite×'])
  await glossa.screenshot({ path: '/tmp/tags-chips.png' })

  // One undo takes back "laicite"; the next takes back the new tag and its assignment together.
  await glossa.locator('.legal-text').click()
  await menu(glossa, 'undo')
  await menu(glossa, 'undo')
  await expect(chips).toHaveText(['Family×'])
  let project = await saved(glossa, file)
  expect(project.tags.map((tag) => tag.name)).toEqual(['Values', 'Secularism', 'Laicite', 'Family'])
  await menu(glossa, 'redo')
  await expect(chips).toHaveText(['Family×', 'Values > Secularism > State neutrality×'])
  await editor.getByRole('button', { name: 'Close' }).first().click()

  // The manager moves a tag by its parent menu and by drag; a tag wearing its parent's colour takes the new one's.
  await glossa.getByRole('button', { name: /^Tags/ }).click()
  const manager = glossa.getByRole('dialog', { name: 'Tags' })
  const row = (id: string) => manager.locator(`li[data-tag-id="${id}"]`)
  await expect(row('secularism')).toContainText('colour of the parent')
  await row('secularism').locator('.tag-row-more').getByLabel('Parent').selectOption({ label: 'Family' })
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Secularism', 'State neutrality', 'Values', 'Laicite'])
  await expect(row('secularism').getByLabel('Colour')).toHaveValue(blue)
  await row('laicite').locator('.tag-drag-handle').dragTo(row('family').locator('.tag-name'))
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Laicite', 'Secularism', 'State neutrality', 'Values'])
  // Recolouring a parent recolours the children that inherit; a child with its own colour keeps it.
  await row('laicite').getByLabel('Colour').fill('#c3a6f2')
  await expect(row('laicite').getByRole('button', { name: 'Use the parent’s colour' })).toBeVisible()
  await row('family').getByLabel('Colour').fill('#9be28f')
  await expect(row('secularism').getByLabel('Colour')).toHaveValue('#9be28f')
  await expect(row('laicite').getByLabel('Colour')).toHaveValue('#c3a6f2')
  // Dropped on the strip below the list, a tag goes to the top level.
  await row('laicite').locator('.tag-drag-handle').dragTo(manager.locator('.tag-drop-top'))
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Secularism', 'State neutrality', 'Laicite', 'Values'])
  await glossa.screenshot({ path: '/tmp/tags-tree.png' })
  await manager.getByRole('button', { name: 'Close' }).last().click()

  project = await saved(glossa, file)
  const byName = new Map(project.tags.map((tag) => [tag.name, tag]))
  expect(byName.get('Secularism')).toMatchObject({ parentId: 'family', color: '#9be28f' })
  expect(byName.get('State neutrality')).toMatchObject({ parentId: 'secularism', color: '#9be28f' })
  expect(byName.get('Laicite')).toMatchObject({ parentId: null, color: '#c3a6f2' })
})

test.describe('in Kazakh', () => {
  test.use({ locale: 'kk-KZ' })

  test('a typed path makes the tag under its parent and the chip and the filter show the path', async ({ glossa, host, folder }) => {
    const file = await treeProject(folder, { values: 'Құндылықтар', secularism: 'Зайырлылық', laicite: 'Лаицизм', family: 'Отбасы' })
    host.openAnswers.push(file)
    await glossa.getByRole('button', { name: 'Жобаны ашу…' }).first().click()
    const filter = pane(glossa).locator('.annotation-filters select').first()
    await filter.selectOption({ label: 'Құндылықтар' })
    await expect(glossa.getByTestId('annotation-count')).toContainText('3')
    await filter.selectOption({ index: 0 })
    await pane(glossa).locator('.annotation-item').nth(3).getByRole('button').click()
    const editor = glossa.locator('.annotation-editor')
    await editor.locator('.tag-add input').fill('Отбасы > Неке')
    await editor.locator('.tag-add button[type="submit"]').click()
    await expect(editor.locator('.tag-chip')).toHaveText(['Отбасы×', 'Отбасы > Неке×'])
    await glossa.screenshot({ path: '/tmp/tags-chips-kk.png' })
    const project = await saved(glossa, file)
    const made = project.tags.find((tag) => tag.name === 'Неке')!
    expect(made).toMatchObject({ parentId: 'family', color: blue })
  })
})
