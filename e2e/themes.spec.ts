import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { tableFixture } from '../src/shared/export/comparative-table/testing'
import { editionText } from '../src/shared/fixtures/generate-editions'
import { serialiseProject } from '../src/shared/project/parse'
import { tagPalette } from '../src/shared/tags/taxonomy'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { readContrasts } from './support/contrast'
import { expect, test } from './support/fixtures'

/** WCAG AA: 4.5:1 for text; 3:1 for what is not text (a highlight's underline against the page). */
function failing(readings: { what: string; ratio: number }[]) {
  return readings.filter((reading) => reading.ratio < (reading.what.startsWith('underline') ? 3 : 4.5)).map((reading) => `${reading.what}: ${reading.ratio.toFixed(2)}`)
}

const pageBackground = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the ${colorScheme} theme, following the system`, () => {
    test.use({ colorScheme })

    test('text and every highlight colour are readable and stand out', async ({ glossa, host, folder }) => {
      const file = join(folder, 'law.txt')
      await writeFile(file, lawText())
      await importLaw(glossa, host, file)
      const readings = await readContrasts(glossa, [...tagPalette])
      expect(readings.length).toBeGreaterThan(tagPalette.length * 6)
      expect(failing(readings)).toEqual([])

      // What a user sees: a highlight, its annotation open, a dialog.
      await dragSelect(glossa, 'art_5', 'secular state')
      await glossa.keyboard.press('Control+Alt+m')
      await glossa.keyboard.type('Secularism binds the state itself.')
      await glossa.screenshot({ path: test.info().outputPath(`workbench-${colorScheme}.png`) })
      await glossa.keyboard.press('Escape')
      await glossa.keyboard.press('Control+g')
      await expect(glossa.getByRole('dialog', { name: 'Go to article' })).toBeVisible()
      await glossa.screenshot({ path: test.info().outputPath(`dialog-${colorScheme}.png`) })
    })
  })
}

test.describe('the theme setting', () => {
  test.use({ colorScheme: 'light' })

  test('Dark overrides a light system, and is kept for the next start', async ({ glossa }) => {
    const light = await pageBackground(glossa)
    const setting = glossa.getByLabel('Theme')
    await expect(setting).toHaveValue('system')
    await setting.selectOption('dark')
    await expect(glossa.locator('html')).toHaveAttribute('data-theme', 'dark')
    const dark = await pageBackground(glossa)
    expect(dark).not.toBe(light)
    expect(failing(await readContrasts(glossa, [...tagPalette]))).toEqual([])

    await glossa.reload()
    await glossa.locator('.workbench[data-ready="true"]').waitFor()
    await expect(glossa.getByLabel('Theme')).toHaveValue('dark')
    expect(await pageBackground(glossa)).toBe(dark)

    await glossa.getByLabel('Theme').selectOption('system')
    await expect(glossa.locator('html')).not.toHaveAttribute('data-theme', /./)
    expect(await pageBackground(glossa)).toBe(light)
  })
})

test.describe('the compare view in the dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('reads well: its marks of removed and added words keep their contrast', async ({ glossa, host, folder }) => {
    const fixture = tableFixture('en')
    const project = join(folder, 'commentary.glossa')
    const revised = join(folder, 'final-draft.txt')
    await writeFile(project, serialiseProject(fixture.project))
    await writeFile(revised, editionText(fixture.pair.revised))
    host.openAnswers.push(project)
    await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
    await expect(glossa.locator('article[data-eid="art_1"]')).toBeVisible()
    host.importAnswers.push(revised)
    await glossa.keyboard.press('Control+Alt+C')
    await expect(glossa.locator('.compare-view')).toBeVisible()
    await expect(glossa.locator('.compare-side del').first()).toBeVisible()
    const readings = await readContrasts(glossa, [], ['.compare-side del', '.compare-side ins', '.compare-header'])
    expect(readings.map((reading) => reading.what)).toContain('text of .compare-side del')
    expect(failing(readings)).toEqual([])
    await glossa.screenshot({ path: test.info().outputPath('compare-dark.png') })
  })
})
