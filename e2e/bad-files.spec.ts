import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createProject } from '../src/shared/project/create'
import { serialiseProject } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'
import { expectOpenRefused } from './support/open-refused'

const cases = [
  {
    name: 'a truncated project file',
    content: () => serialiseProject(createProject({ title: 'Damaged' })).slice(0, 120),
    message: /not valid JSON/
  },
  {
    name: 'a project from a newer Glossa',
    content: () => JSON.stringify({ ...createProject({ title: 'Future' }), schemaVersion: 99 }),
    message: /saved by a newer Glossa \(file version 99/
  },
  {
    name: 'a project whose content fails validation',
    content: () => JSON.stringify({ ...createProject({ title: 'Wrong types' }), annotations: 'none' }),
    message: /damaged: annotations is not valid/
  },
  {
    name: 'a binary file',
    content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    // Issue 16: bytes that are not UTF-8 are refused saying where, never decoded as U+FFFD.
    message: /not UTF-8 text: the bytes at offset 0 of bad\.glossa/
  }
]

for (const { name, content, message } of cases) {
  test(`opening ${name} shows why and leaves the file byte-for-byte unchanged`, async ({ glossa, host, folder }) => {
    const file = join(folder, 'bad.glossa')
    await writeFile(file, content())
    const before = await readFile(file)

    await expectOpenRefused(glossa, host, file, message)

    // The welcome project stays open and usable; saving it elsewhere does not touch the damaged file.
    await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
    host.saveAnswers.push(join(folder, 'elsewhere.glossa'))
    await glossa.keyboard.press('Control+s')
    await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
    expect((await readFile(file)).equals(before)).toBe(true)
  })
}

test('importing a file with no articles says so and creates nothing', async ({ glossa, host, folder }) => {
  const file = join(folder, 'letter.txt')
  await writeFile(file, 'Dear colleague,\nhere is no law at all.\n')
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  host.importAnswers.push(file)
  await glossa.keyboard.press('Control+i')
  await expect(glossa.getByTestId('error-message')).toContainText('No articles were recognised')
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
})
