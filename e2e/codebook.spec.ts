import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { parseProjectFile } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'

/** Codebooks: the Tags dialog writes the taxonomy as CSV and REFI-QDA XML, and reads either back. */

const schema = resolve(__dirname, '../docs/standards/refi-qda/Codebook.xsd')
const menu = (page: Page, command: 'undo' | 'redo') => page.evaluate((name) => window.__glossaEmit('menu:command', { command: name }), command)

async function newProjectWithTags(page: Page, newProject: string, tags: string, paths: string[]) {
  await page.getByRole('button', { name: newProject }).first().click()
  await page.getByRole('button', { name: new RegExp(`^${tags}`) }).click()
  const manager = page.getByRole('dialog', { name: tags })
  for (const path of paths) {
    const [parent, name] = path.includes(' > ') ? path.split(' > ') : ['', path]
    await manager.locator('.tag-add input').fill(name!)
    await manager.locator('.tag-add select').selectOption(parent ? { label: parent } : { index: 0 })
    await manager.locator('.tag-add button[type="submit"]').click()
    await expect(manager.locator('.tag-name').filter({ hasText: name! })).toHaveCount(1)
  }
  return manager
}

test('export the tag tree as CSV and as a REFI-QDA codebook valid against its schema, and import one back', async ({ glossa, host, folder }) => {
  const manager = await newProjectWithTags(glossa, 'New Project', 'Tags', ['Values', 'Values > Secularism', 'Family', 'Family > Marriage & divorce'])
  const csv = join(folder, 'codebook.csv')
  const qdc = join(folder, 'codebook.qdc')
  host.codebookExportAnswers.push(csv, qdc)
  await manager.getByRole('button', { name: 'Export codebook (CSV)…' }).click()
  await expect(manager.getByRole('status')).toHaveText('The codebook was written to codebook.csv.')
  await manager.getByRole('button', { name: 'Export codebook (REFI-QDA)…' }).click()
  await expect(manager.getByRole('status')).toHaveText('The codebook was written to codebook.qdc.')

  const rows = (await readFile(csv, 'utf8')).trim().split('\r\n')
  expect(rows[0]).toBe('path,colour,description')
  expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['Family', 'Family > Marriage & divorce', 'Values', 'Values > Secularism'])
  const xml = await readFile(qdc, 'utf8')
  expect(xml).toMatch(/<Code [^>]*name="Family"[^>]*>\s*<Code [^>]*name="Marriage &amp; divorce"/)
  // xmllint exits non-zero (and this throws) when the file does not validate.
  execFileSync('xmllint', ['--noout', '--schema', schema, qdc], { stdio: 'pipe' })

  // Another tool's codebook: a sub-tag of an existing tag, a new branch, a colour and a bad colour.
  const theirs = join(folder, 'theirs.csv')
  await writeFile(theirs, 'Tag,Color,Description\nValues/Secularism,,Church and state apart\nValues/Dignity,#9BE28F,\nRights/Speech,crimson,\n')
  host.codebookImportAnswers.push(theirs)
  await manager.getByRole('button', { name: 'Import codebook…' }).click()
  await expect(manager.getByRole('status')).toHaveText('theirs.csv: tags added: 3; changed: 1; already there: 0. Left out: crimson.')
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Marriage & divorce', 'Rights', 'Speech', 'Values', 'Dignity', 'Secularism'])
  await expect(manager.locator('li[data-tag-id]').filter({ hasText: 'Dignity' }).first().getByLabel('Colour').first()).toHaveValue('#9be28f')
  await glossa.screenshot({ path: '/tmp/tags-codebook.png' })

  // The whole import is one step: one undo takes it all back.
  await menu(glossa, 'undo')
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Marriage & divorce', 'Values', 'Secularism'])
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('a REFI-QDA codebook from another program becomes a tag tree, saved with the project', async ({ glossa, host, folder }) => {
    const manager = await newProjectWithTags(glossa, 'Новый проект', 'Метки', ['Ценности'])
    const theirs = join(folder, 'nvivo.qdc')
    await writeFile(
      theirs,
      `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="3F2504E0-4F89-11D3-9A0C-0305E82C3301" name="Ценности" isCodable="true" color="#C3A6F2">
      <Code guid="3F2504E0-4F89-11D3-9A0C-0305E82C3302" name="Светскость" isCodable="true"><Description>Отделение религии от государства</Description></Code>
    </Code>
    <Code guid="3F2504E0-4F89-11D3-9A0C-0305E82C3303" name="Семья" isCodable="false"/>
  </Codes>
</CodeBook>`
    )
    host.codebookImportAnswers.push(theirs)
    await manager.getByRole('button', { name: 'Импорт кодовой книги…' }).click()
    await expect(manager.getByRole('status')).toHaveText('nvivo.qdc: добавлено меток: 2; изменено: 1; уже были: 0.')
    await expect(manager.locator('.tag-name')).toHaveText(['Семья', 'Ценности', 'Светскость'])
    await glossa.screenshot({ path: '/tmp/tags-codebook-ru.png' })
    await manager.getByRole('button', { name: 'Закрыть' }).last().click()
    const file = join(folder, 'ru.glossa')
    host.saveAnswers.push(file)
    await glossa.keyboard.press('Control+s')
    await expect(glossa.getByTestId('save-state')).toHaveText('Сохранено')
    const saved = parseProjectFile(await readFile(file, 'utf8'))
    if (!saved.ok) throw new Error(saved.error.code)
    const byName = new Map(saved.value.tags.map((tag) => [tag.name, tag]))
    expect(byName.get('Ценности')!.color).toBe('#c3a6f2')
    expect(byName.get('Светскость')).toMatchObject({ parentId: byName.get('Ценности')!.id, color: '#c3a6f2', description: 'Отделение религии от государства' })
  })
})
