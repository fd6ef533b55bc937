import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { test } from './support/fixtures'

const shots = resolve(__dirname, '../tour')
const shot = (name: string) => join(shots, `${name}.png`)

test('tour of the main screens', async ({ glossa, host, folder }) => {
  await glossa.getByTestId('project-title').waitFor()
  await glossa.screenshot({ path: shot('01-welcome') })

  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, generateLegalText({ parts: 11, articles: 95 }))
  await glossa.getByRole('button', { name: 'New Project' }).click()
  host.importAnswers.push(textFile)
  await glossa.getByRole('button', { name: 'Import Text…' }).click()
  await glossa.getByRole('dialog', { name: 'Import report' }).waitFor()
  await glossa.screenshot({ path: shot('02-import-report') })
  await glossa.getByRole('button', { name: 'Create document' }).click()
  await glossa.screenshot({ path: shot('03-document') })

  await glossa.keyboard.press('Control+g')
  await glossa.getByLabel('Article number').fill('42')
  await glossa.screenshot({ path: shot('04-go-to-article') })
  await glossa.getByLabel('Article number').press('Enter')
  await glossa.screenshot({ path: shot('05-article-42') })

  await glossa.keyboard.press('Control+e')
  await glossa.screenshot({ path: shot('06-edit-text') })
  await glossa.keyboard.press('Control+e')

  const damaged = join(folder, 'damaged.glossa')
  await writeFile(damaged, '{"format": "glossa-project", "schemaVersion": 1, "meta": ')
  host.openAnswers.push(damaged)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await glossa.getByRole('dialog', { name: 'Unsaved changes' }).waitFor()
  await glossa.screenshot({ path: shot('07-unsaved-changes') })
  await glossa.getByRole('button', { name: 'Discard' }).click()
  await glossa.getByTestId('error-message').waitFor()
  await glossa.screenshot({ path: shot('08-damaged-file') })
})
