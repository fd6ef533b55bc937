import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { expect, test } from './support/fixtures'

test('search a Kazakh text: case-insensitive, grouped by article with snippets, Enter jumps to each hit', async ({ glossa, host, folder }) => {
  const file = join(folder, 'ata-zan.txt')
  await writeFile(file, generateLegalText({ language: 'kk', parts: 11, articles: 95 }))
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  await expect(glossa.locator('.outline .outline-part > button')).toHaveCount(2)
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  await glossa.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Create document' }).click()
  await expect(glossa.locator('.outline .outline-article > button')).toHaveCount(95)

  await glossa.keyboard.press('Control+f')
  const panel = glossa.getByRole('region', { name: 'Search the text' })
  const input = panel.getByRole('searchbox', { name: 'Search the text' })
  await input.fill('90-БАПТЫҢ 2-ТАРМАҒЫ')
  await expect(panel.getByTestId('search-count')).toHaveText('1 match in 1 unit')
  await expect(panel.locator('.search-group h3')).toHaveText(['90-бап'])
  await expect(panel.locator('.search-results mark')).toHaveText(['90-баптың 2-тармағы'])

  await input.fill('ӘРКІМНІҢ ҚҰҚЫҚТАРЫ')
  await expect(panel.getByTestId('search-count')).toHaveText(/^\d+ match(es)? in \d+ units?$/)
  await expect(panel.locator('.search-group h3').first()).toHaveText('1-бап')
  await expect(glossa.locator('.legal-text .search-hit').first()).toHaveText('әркімнің құқықтары')

  await input.press('Enter')
  await input.press('Enter')
  const active = glossa.locator('.legal-text .search-hit-active')
  await expect(active).toHaveCount(1)
  await expect(active).toBeInViewport()
  await expect(glossa.locator('article[data-eid="art_2"] .search-hit-active')).toHaveCount(1)
  await glossa.screenshot({ path: '/tmp/import-search.png' })

  await panel.locator('.search-group', { hasText: '94-бап' }).getByRole('button').first().click()
  await expect(glossa.locator('article[data-eid="art_94"] .search-hit-active')).toBeInViewport()

  await input.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(glossa.locator('.legal-text .search-hit')).toHaveCount(0)
})
