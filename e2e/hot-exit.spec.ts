import { readdir, readFile, writeFile } from 'node:fs/promises'
import { markLockHolderDead } from '../src/main/testing/dead-process-lock'
import { join } from 'node:path'
import { readJournal } from '../src/main/journal/journal-file'
import { countChangedItems } from '../src/shared/journal/journal-change'
import { parseProjectFile, serialiseProject } from '../src/shared/project/parse'
import { dragSelect, newLawProject, savedLaw } from './annotation-steps'
import { expect, startGlossa, test } from './support/fixtures'

/**
 * Hot exit (issue 16): edits are journaled in the app-data folder within a second; Glossa killed before a
 * save (its page closed, its main process gone) offers them on the next start, with how many and from when,
 * restores them once, and never offers them again once saved.
 */

const hotExitFolder = (folder: string) => join(folder, 'app-data', 'hot-exit')

/** What the journals on disk hold: how many changed items, and when the first and last batch was written. */
async function journaled(folder: string) {
  const names = await readdir(hotExitFolder(folder)).catch(() => [] as string[])
  const journals = await Promise.all(names.map((name) => readJournal(join(hotExitFolder(folder), name))))
  const records = journals.flatMap((journal) => journal?.records ?? [])
  return { changes: countChangedItems(records.flatMap((record) => record.changes)), firstAt: records[0]?.at, lastAt: records.at(-1)?.at }
}

const when = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

test('unsaved edits outlive a kill: the next start offers them with count and time, restores them once', async ({ glossa, host, folder, context }) => {
  await newLawProject(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  await dragSelect(glossa, 'art_19', 'free and full consent')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(glossa.locator('.annotation-highlight')).toHaveCount(2)
  // The title and the text (the import) and two notes, journaled within a second of the last edit.
  await expect.poll(async () => (await journaled(folder)).changes, { timeout: 2000 }).toBe(4)
  const { firstAt, lastAt } = await journaled(folder)

  // Killed: the page goes without a save or an unload prompt, main with it.
  await glossa.close({ runBeforeUnload: false })
  const restarted = await context.newPage()
  const problems = await startGlossa(restarted, host, join(folder, 'app-data'))
  const offer = restarted.getByRole('dialog', { name: 'Restore unsaved changes?' })
  await expect(offer.getByTestId('recovery-intro')).toHaveText('4 unsaved changes to “Untitled project” outlived the last session, which ended without saving.')
  await expect(offer.getByTestId('recovery-when')).toHaveText(`Made between ${when(firstAt!)} and ${when(lastAt!)}.`)
  await expect(offer).toContainText('The project was never saved to a file.')
  await restarted.screenshot({ path: '/tmp/hotexit-offer.png' })

  await offer.getByRole('button', { name: 'Restore' }).click()
  await expect(offer).toBeHidden()
  await expect(restarted.getByTestId('notice-message')).toHaveText('4 changes restored. Save to keep them in the file.')
  await expect(restarted.locator('.outline .outline-article')).toHaveCount(24)
  await expect(restarted.locator('.annotation-highlight', { hasText: 'secular state' })).toBeVisible()
  await expect(restarted.locator('.annotation-highlight', { hasText: 'free and full consent' })).toBeVisible()
  await expect(restarted.getByTestId('save-state')).toHaveText('Unsaved changes')
  await restarted.screenshot({ path: '/tmp/hotexit-restored.png' })

  // Not twice: the same window reloaded is not offered what it restored.
  await restarted.reload()
  await restarted.locator('.workbench[data-ready="true"]').waitFor()
  await restarted.waitForTimeout(500)
  await expect(restarted.getByRole('dialog', { name: 'Restore unsaved changes?' })).toHaveCount(0)

  // Restored but unsaved, then saved: killed again, nothing is offered.
  await restarted.close({ runBeforeUnload: false })
  const third = await context.newPage()
  problems.push(...(await startGlossa(third, host, join(folder, 'app-data'))))
  await third.getByRole('dialog', { name: 'Restore unsaved changes?' }).getByRole('button', { name: 'Restore' }).click()
  await expect(third.locator('.annotation-highlight')).toHaveCount(2)
  host.saveAnswers.push(join(folder, 'recovered.glossa'))
  await third.keyboard.press('Control+s')
  await expect(third.getByTestId('save-state')).toHaveText('Saved')
  expect(await readdir(hotExitFolder(folder))).toEqual([])
  await third.close({ runBeforeUnload: false })
  const fourth = await context.newPage()
  problems.push(...(await startGlossa(fourth, host, join(folder, 'app-data'))))
  await expect(fourth.locator('.annotation-highlight')).toHaveCount(2)
  await fourth.waitForTimeout(500)
  await expect(fourth.getByRole('dialog', { name: 'Restore unsaved changes?' })).toHaveCount(0)
  expect(problems).toEqual([])
})

test('edits to a saved project whose file changed meanwhile are offered as made to an older version', async ({ glossa, host, folder, context }) => {
  const projectFile = await savedLaw(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  // Killed after the journal has the note and before autosave (3 s after the edit) writes it.
  await expect.poll(async () => (await journaled(folder)).changes, { timeout: 1500, intervals: [100] }).toBe(1)
  await glossa.close({ runBeforeUnload: false })
  // A colleague's sync client writes the file before Glossa starts again.
  const onDisk = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!onDisk.ok) throw new Error('the saved project must read')
  expect(onDisk.value.annotations).toHaveLength(0)
  await writeFile(projectFile, serialiseProject({ ...onDisk.value, meta: { ...onDisk.value.meta, title: 'Commentary (synced)' } }))

  // The killed Glossa's lock names a process that no longer runs.
  markLockHolderDead(projectFile)
  const restarted = await context.newPage()
  const problems = await startGlossa(restarted, host, join(folder, 'app-data'))
  const offer = restarted.getByRole('dialog', { name: 'Restore unsaved changes?' })
  await expect(offer.getByTestId('recovery-intro')).toHaveText('1 unsaved change to “Constitution of Examplestan” outlived the last session, which ended without saving.')
  await expect(offer).toContainText('They belong to the file commentary.glossa.')
  await expect(offer).toContainText('these changes were made to an older version of it')
  await restarted.screenshot({ path: '/tmp/hotexit-older.png' })
  await offer.getByRole('button', { name: 'Restore' }).click()
  await expect(restarted.locator('.annotation-highlight', { hasText: 'secular state' })).toBeVisible()
  await expect(restarted.getByTestId('project-title')).toHaveText('Commentary (synced)')
  // Autosave writes the restored note into the file as it is now; nothing is left to offer.
  await expect(restarted.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  expect(saved.ok && saved.value.annotations.map((annotation) => annotation.target.quote.exact)).toEqual(['secular state'])
  expect(await readdir(hotExitFolder(folder))).toEqual([])
  expect(problems).toEqual([])
})

test('a link to a new site opens only after the user has read its full address; "always allow" is remembered', async ({ glossa, host, folder }) => {
  await newLawProject(glossa, host, folder)
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const editor = glossa.getByRole('region', { name: 'Annotation' })
  const commentary = editor.getByRole('textbox', { name: 'Commentary' })
  await commentary.click()
  await glossa.keyboard.type('See the report')
  for (let i = 0; i < 'report'.length; i++) await glossa.keyboard.press('Shift+ArrowLeft')
  await editor.getByRole('button', { name: 'Link', exact: true }).first().click()
  const url = 'https://reports.example.org/venice-commission/2026?lang=en#para-12'
  await editor.getByLabel('Link address').fill(url)
  await editor.getByRole('button', { name: 'Apply link' }).click()
  const link = commentary.locator('a', { hasText: 'report' })
  await expect(link).toHaveAttribute('href', url)

  await link.click({ modifiers: ['Control'] })
  const question = glossa.getByRole('dialog', { name: 'Open this link?' })
  await expect(question).toContainText('Glossa has not opened links to reports.example.org before.')
  await expect(question.getByTestId('link-address')).toHaveText(url)
  await glossa.screenshot({ path: '/tmp/hotexit-link.png' })
  expect(host.openedLinks).toEqual([])
  await question.getByRole('button', { name: 'Cancel' }).click()
  expect(host.openedLinks).toEqual([])

  await link.click({ modifiers: ['Control'] })
  await question.getByRole('button', { name: 'Always allow this site' }).click()
  await expect.poll(() => host.openedLinks).toEqual([url])
  // Allowed: the next link to the site opens without a question.
  await link.click({ modifiers: ['Control'] })
  await expect.poll(() => host.openedLinks).toEqual([url, url])
  await expect(question).toHaveCount(0)
})
