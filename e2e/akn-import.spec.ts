import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { aknSchemaErrors } from '../src/main/exchange/akn-file-validation'
import type { TestHost } from './support/test-host'
import { expect, test } from './support/fixtures'

/** Akoma Ntoso files from other tools, through Import Text, into the outline, and out again valid. */

const fixtures = join(__dirname, '../src/shared/akn/fixtures')

async function welcomeLoaded(glossa: Page) {
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
}

/** Opens the import report for a file; returns the dialog, still open. */
async function openReport(glossa: Page, host: TestHost, file: string) {
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  const report = glossa.getByRole('dialog', { name: 'Import report' })
  await expect(report.getByTestId('import-summary')).toBeVisible()
  return report
}

test('a LEOS-like bill: the report names the ids it gave, every article of title > chapter > section is in the outline, and it exports valid', async ({ glossa, host, folder }) => {
  await welcomeLoaded(glossa)
  const report = await openReport(glossa, host, join(fixtures, 'leos.xml'))
  await expect(report.getByTestId('import-summary')).toHaveText('Preamble, 1 part, 3 chapters, 3 articles, 1 clause')
  await expect(report).toContainText('10 units had no usable eId and were given one')
  await report.getByRole('button', { name: 'Create document' }).click()
  await expect(report).toHaveCount(0)

  await expect(glossa.locator('.outline .outline-article > button')).toHaveCount(3)
  await glossa.locator('.outline button[data-eid="art_2"]').click()
  await expect(glossa.locator('article[data-eid="art_2"]')).toBeInViewport()
  await expect(glossa.locator('[data-eid="art_2__para_1__point_a"]')).toContainText("'data' means any record;")
  await expect(glossa.locator('[data-eid="art_2__para_1__point_a"]')).toContainText('it includes metadata;')
  await glossa.screenshot({ path: '/tmp/akn-import-leos.png' })

  const out = join(folder, 'leos-out.xml')
  host.aknExportAnswers.push(out)
  await glossa.keyboard.press('Control+Shift+X')
  await expect(glossa.getByTestId('notice-message')).toHaveText(`Exported to ${basename(out)}`)
  const xml = await readFile(out, 'utf8')
  expect(await aknSchemaErrors([xml])).toEqual([[]])
  expect(xml).toContain('<FRBRthis value="/akn/eu/bill/2025-04-02/2025-0101"/>')
})

test('an act with a schedule and authorial notes: the schedule is a part of the outline, the notes stay beside the text', async ({ glossa, host }) => {
  await welcomeLoaded(glossa)
  const schedule = await openReport(glossa, host, join(fixtures, 'schedule.xml'))
  await expect(schedule).toContainText('Attachment kept as a part: “Schedule 1: Fees payable”')
  await schedule.getByRole('button', { name: 'Create document' }).click()
  await expect(glossa.locator('.outline button[data-eid="att_1"]')).toBeVisible()

  const notes = await openReport(glossa, host, join(fixtures, 'authorial-note.xml'))
  await notes.getByRole('button', { name: 'Create document' }).click()
  const paragraph = glossa.locator('article[data-eid="art_1"] p.lx-has-notes')
  await expect(paragraph).toHaveText('Fishing requires a licence issued by the ministry.')
  await expect(paragraph).toHaveAttribute('title', '1 See the Licensing Regulations.\n2 As amended in 2021.')
})
