import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseProjectFile } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'

/** The local file never loses work: a damaged file is never overwritten, and its backup is offered. */

test('a damaged project offers the backup from the previous save; saving keeps the damaged file aside', async ({ glossa, host, folder }) => {
  const file = join(folder, 'work.glossa')
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  host.saveAnswers.push(file)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  await expect.poll(() => access(file).then(() => true, () => false)).toBe(true)
  const first = await readFile(file, 'utf8')
  await glossa.keyboard.press('Control+s')
  // The second save is done when the file holds its new modification time and the first version is the backup.
  await expect.poll(async () => (await readFile(file, 'utf8')) !== first).toBe(true)
  await expect.poll(() => readFile(`${file}.bak`, 'utf8').catch(() => '')).toBe(first)

  // Someone's crash or a bad copy truncates the file.
  const good = await readFile(file, 'utf8')
  const damaged = good.slice(0, good.length / 2)
  await writeFile(file, damaged)
  await glossa.getByRole('button', { name: 'Close Project' }).click()
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('error-message')).toContainText('not valid JSON')
  expect(await readFile(file, 'utf8')).toBe(damaged)

  await glossa.getByRole('button', { name: 'Open the backup from the previous save' }).click()
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  await expect(glossa.getByTestId('error-message')).toHaveCount(0)
  await glossa.keyboard.press('Control+s')
  await expect.poll(async () => parseProjectFile(await readFile(file, 'utf8')).ok).toBe(true)
  // The damaged version is kept beside it, and the good backup was not replaced by it.
  expect(await readFile(`${file}.damaged`, 'utf8')).toBe(damaged)
  expect(parseProjectFile(await readFile(`${file}.bak`, 'utf8')).ok).toBe(true)
})
