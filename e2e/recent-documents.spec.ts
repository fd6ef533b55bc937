import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

test('opened and saved projects reach the system’s recent documents and Open Recent; a missing one is shown and removed', async ({ glossa, host, folder }) => {
  const first = join(folder, 'first.glossa')
  const second = join(folder, 'second.glossa')
  for (const file of [first, second]) {
    await glossa.getByRole('button', { name: 'New Project' }).click()
    host.saveAnswers.push(file)
    await glossa.keyboard.press('Control+s')
    await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  }
  expect(host.systemRecentDocuments).toEqual([first, second])
  expect(host.recentMenu?.entries.map((entry) => entry.fileName)).toEqual(['second.glossa', 'first.glossa'])

  // Open Recent in the menu opens the chosen project in this window.
  await glossa.getByRole('button', { name: 'Close Project' }).click()
  const firstEntry = host.recentMenu!.entries.find((entry) => entry.fileName === 'first.glossa')!
  await glossa.evaluate((recentId) => window.__glossaEmit('menu:openRecent', { recentId }), firstEntry.id)
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  expect(host.systemRecentDocuments.at(-1)).toBe(first)

  // The other file goes away (moved, deleted, a detached drive): after a restart it is listed as missing.
  await rm(second)
  await glossa.reload()
  await glossa.locator('.workbench[data-ready="true"]').waitFor()
  const missing = glossa.locator('.recent li', { hasText: 'missing' })
  await expect(missing).toHaveCount(1)
  await expect(missing.locator('.recent-open')).toBeDisabled()
  await glossa.screenshot({ path: test.info().outputPath('recent-missing.png') })
  await missing.getByRole('button', { name: /Remove .* from the recent list/ }).click()
  await expect(glossa.locator('.recent li')).toHaveCount(1)
  expect(host.recentMenu?.entries).toHaveLength(1)

  // Clear Recent empties both lists.
  host.recentMenu!.clear()
  await expect.poll(() => host.recentMenu?.entries.length).toBe(0)
})
