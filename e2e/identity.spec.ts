import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

/** Each install has an author identity: a random id made on first use, and a name and colour the user sets. */

test('first use asks for an author name; name, colour and a random id are kept across restarts', async ({ glossa, folder }) => {
  const chip = glossa.getByTestId('identity')
  await expect(chip).toHaveText('Set your author name')
  await chip.click()
  const dialog = glossa.getByRole('dialog', { name: 'Your name as an author' })
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled()
  await dialog.getByLabel('Name').fill('Aigerim Seitkali')
  await dialog.getByLabel('#b5452b').check()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(chip).toHaveText('Aigerim Seitkali')

  const stored = JSON.parse(await readFile(join(folder, 'app-data', 'identity.json'), 'utf8'))
  expect(stored).toMatchObject({ name: 'Aigerim Seitkali', color: '#b5452b' })
  expect(stored.id).toMatch(/^[0-9a-f-]{36}$/)

  await glossa.reload()
  await expect(glossa.getByTestId('identity')).toHaveText('Aigerim Seitkali')
})
