import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lockProject } from '../src/main/store/project-lock'
import { expect, test } from './support/fixtures'

/** Issue 16 as the user sees it: previous versions to restore, a project another Glossa holds, conflict copies beside a project. */

const fixture = join(__dirname, '../src/shared/project/fixtures/v1-project.glossa')

test('"Restore a previous version" lists the versions kept beside the project and opens one, unsaved', async ({ glossa, host, folder }) => {
  const file = join(folder, 'work.glossa')
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  host.saveAnswers.push(file)
  for (let save = 0; save < 3; save++) {
    const before = await readFile(file, 'utf8').catch(() => '')
    await glossa.keyboard.press('Control+s')
    await expect.poll(async () => (await readFile(file, 'utf8').catch(() => '')) !== before).toBe(true)
  }
  await glossa.keyboard.press('Control+Alt+b')
  const versions = glossa.getByTestId('restore-versions').getByRole('listitem')
  await expect(versions).toHaveCount(2)
  await expect(versions.first()).toContainText('Author unknown · 0 notes')
  await glossa.screenshot({ path: '/tmp/durstore-restore-version.png' })
  const current = await readFile(file, 'utf8')
  await versions.first().getByRole('button', { name: 'Restore' }).click()
  await expect(glossa.getByRole('dialog')).toHaveCount(0)
  // The restored version is an unsaved change; once (auto)saved, the file it replaced is the newest previous version.
  await expect(glossa.getByTestId('save-state')).toHaveText(/Unsaved changes|Saved/)
  await expect.poll(() => readFile(`${file}.bak`, 'utf8'), { timeout: 15_000 }).toBe(current)
})

test('a project another Glossa holds opens read-only, naming who holds it, and saving it is refused in plain words', async ({ glossa, host, folder }) => {
  const file = join(folder, 'shared.glossa')
  await writeFile(file, await readFile(fixture))
  const held = await lockProject(file, { name: 'Aigerim' })
  expect(held.held).toBe(true)
  try {
    host.openAnswers.push(file)
    await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
    await expect(glossa.getByTestId('read-only-banner')).toContainText('Aigerim on ')
    await expect(glossa.getByTestId('read-only-banner')).toContainText('open read-only here')
    await glossa.screenshot({ path: '/tmp/durstore-read-only.png' })
    const before = await readFile(file, 'utf8')
    await glossa.keyboard.press('Control+s')
    await expect(glossa.getByTestId('error-message')).toContainText('is open read-only because Aigerim has it open')
    expect(await readFile(file, 'utf8')).toBe(before)
  } finally {
    if (held.held) await held.release()
  }
})

test("a sync client's conflict copy beside the project is offered for merging when it opens", async ({ glossa, host, folder }) => {
  const file = join(folder, 'thesis.glossa')
  await writeFile(file, await readFile(fixture))
  await writeFile(join(folder, "thesis (Aigerim's conflicted copy 2026-12-04).glossa"), await readFile(fixture))
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('conflict-copies')).toContainText('A conflict copy of this project lies beside it')
  await glossa.screenshot({ path: '/tmp/durstore-conflict-copies.png' })
  await glossa.getByRole('button', { name: "Merge thesis (Aigerim's conflicted copy 2026-12-04).glossa" }).click()
  await expect(glossa.getByRole('dialog')).toBeVisible()
})
