import type { Browser, Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../src/main/dispatch'
import { createHandlers } from '../src/main/handlers'
import { stampChanges } from '../src/shared/merge/stamp'
import { parseProjectFile, serialiseProject } from '../src/shared/project/parse'
import type { ProjectFile } from '../src/shared/project/schema'
import { preloadBundle } from './support/global-setup'
import { expect, test } from './support/fixtures'
import { TestHost } from './support/test-host'

/**
 * Two authors annotate copies of one project (a real version-1 file, upgraded on open), exchange files,
 * merge both ways, resolve a conflict, and end with the same annotations. The colleagues' edits are
 * written into their files the way their own Glossa would: stamped with their own author clocks.
 */

const v1Fixture = join(__dirname, '../src/shared/project/fixtures/v1-project.glossa')

async function sharedProject(): Promise<ProjectFile> {
  const parsed = parseProjectFile(await readFile(v1Fixture, 'utf8'))
  if (!parsed.ok) throw new Error('the v1 fixture must open')
  return parsed.value
}

const commentary = (text: string) => ({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } })

/** What one author's Glossa writes after adding an annotation and rewording the shared one. */
function authorEdits(base: ProjectFile, author: { id: string; name: string; color: string }, newId: string, reworded: string, time: number): ProjectFile {
  const shared = base.annotations[0]!
  const stamp = new Date(time).toISOString()
  const added = { ...shared, id: newId, author, created: stamp, modified: stamp, body: commentary(`${author.name} adds a note`), replies: [] }
  const next = { ...base, annotations: [{ ...shared, body: commentary(reworded), modified: stamp }, added] } as ProjectFile
  return stampChanges(base, next, author.id, time)
}

/** A second Glossa: its own page, its own app-data folder (own identity), the same real handlers. */
async function anotherGlossa(browser: Browser, folder: string, name: string): Promise<{ page: Page; host: TestHost }> {
  const host = new TestHost()
  const handlers = createHandlers({ host, appDataDir: join(folder, `app-data-${name}`) })
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 860 } })
  await page.exposeBinding('__glossaInvoke', (_source, channel: unknown, payload: unknown) => dispatch(handlers, channel, payload, { windowId: 1 }))
  await page.addInitScript({ path: preloadBundle })
  await page.goto('/')
  return { page, host }
}

async function open(page: Page, host: TestHost, file: string) {
  host.openAnswers.push(file)
  await page.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
}

const bodies = (project: ProjectFile) =>
  Object.fromEntries(project.annotations.map((annotation) => [annotation.id, JSON.stringify(annotation.body), ] as const).sort())

test('two authors exchange files, merge both ways, resolve a conflict and end with the same annotations', async ({ glossa, host, folder, browser }) => {
  const base = await sharedProject()
  const aigerimFile = join(folder, 'aigerim.glossa')
  const daniyarFile = join(folder, 'daniyar.glossa')
  const aigerim = { id: 'author-aigerim', name: 'Aigerim', color: '#1f77b4' }
  const daniyar = { id: 'author-daniyar', name: 'Daniyar', color: '#d62728' }
  await writeFile(aigerimFile, serialiseProject(authorEdits(base, aigerim, 'ann-aigerim', 'Aigerim: the clause is too broad.', Date.parse('2026-11-01T10:00:00Z'))))
  await writeFile(daniyarFile, serialiseProject(authorEdits(base, daniyar, 'ann-daniyar', 'Daniyar: the clause is fine.', Date.parse('2026-11-01T11:00:00Z'))))

  // Aigerim merges Daniyar's file: one annotation added, the shared one edited on both sides.
  await open(glossa, host, aigerimFile)
  host.mergeAnswers.push(daniyarFile)
  await glossa.keyboard.press('Control+Shift+M')
  const dialog = glossa.getByRole('dialog', { name: 'Merge from daniyar.glossa' })
  await expect(dialog.getByTestId('merge-summary')).toContainText('1 added')
  const conflict = dialog.getByTestId('merge-conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict.getByTestId('merge-mine')).toContainText('Aigerim: the clause is too broad.')
  await expect(conflict.getByTestId('merge-theirs')).toContainText('Daniyar: the clause is fine.')
  await glossa.screenshot({ path: '/tmp/merge-dialog.png' })
  await conflict.getByLabel('Keep mine').check()
  await dialog.getByRole('button', { name: 'Apply merge' }).click()
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')

  // Daniyar merges Aigerim's saved file back: her resolution came after his edit, so no conflict is left.
  const other = await anotherGlossa(browser, folder, 'daniyar')
  await open(other.page, other.host, daniyarFile)
  other.host.mergeAnswers.push(aigerimFile)
  await other.page.keyboard.press('Control+Shift+M')
  const back = other.page.getByRole('dialog', { name: 'Merge from aigerim.glossa' })
  await expect(back.getByTestId('merge-summary')).toContainText('1 added')
  // The shared annotation (her resolution) changed; Glossa may also have refreshed targets as it saved.
  await expect(back.getByTestId('merge-summary')).toContainText(/\d changed/)
  await expect(back.getByTestId('merge-conflict')).toHaveCount(0)
  await back.getByRole('button', { name: 'Apply merge' }).click()
  await expect(other.page.getByTestId('save-state')).toHaveText('Unsaved changes')
  await expect(other.page).toHaveTitle(/^● /)
  // Autosave writes it a few seconds after the change, without Save.
  await expect(other.page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  await other.page.close()

  const mine = parseProjectFile(await readFile(aigerimFile, 'utf8'))
  const theirs = parseProjectFile(await readFile(daniyarFile, 'utf8'))
  if (!mine.ok || !theirs.ok) throw new Error('both files must stay valid')
  expect(Object.keys(bodies(mine.value)).sort()).toEqual(['ann-1', 'ann-aigerim', 'ann-daniyar'])
  expect(bodies(theirs.value)).toEqual(bodies(mine.value))
  expect(mine.value.annotations).toEqual(theirs.value.annotations)
  expect(JSON.stringify(mine.value.annotations.find((annotation) => annotation.id === 'ann-1')!.body)).toContain('Aigerim: the clause is too broad.')
  // Aigerim's resolution is signed in the merge clocks with her install's random author id.
  const aigerimInstall = JSON.parse(await readFile(join(folder, 'app-data', 'identity.json'), 'utf8')).id
  expect(Object.keys(mine.value.sync.seen)).toContain(aigerimInstall)
  // The reply from the version-1 file survived every step.
  expect(mine.value.annotations.find((annotation) => annotation.id === 'ann-1')!.replies.map((reply) => reply.id)).toEqual(['rep-1'])
})

test('two windows on one file: the second opens read-only; once the first lets go, its save goes beside the file, then merges what the first wrote', async ({ glossa, host, folder, browser }) => {
  const base = await sharedProject()
  const shared = join(folder, 'shared.glossa')
  const colleague = join(folder, 'colleague.glossa')
  await writeFile(shared, serialiseProject(base))
  await writeFile(colleague, serialiseProject(authorEdits(base, { id: 'author-c', name: 'Colleague', color: '#3d7a3a' }, 'ann-colleague', 'Colleague: see Article 2.', Date.parse('2026-11-02T09:00:00Z'))))
  const second = await anotherGlossa(browser, folder, 'second')
  await open(glossa, host, shared)
  await open(second.page, second.host, shared)

  // The first window merges a colleague's file and saves.
  host.mergeAnswers.push(colleague)
  await glossa.keyboard.press('Control+Shift+M')
  await glossa.getByRole('dialog', { name: 'Merge from colleague.glossa' }).getByRole('button', { name: 'Apply merge' }).click()
  // Applying a merge is asynchronous: save once the merged project is in (it is then unsaved).
  await expect(glossa.getByTestId('save-state')).toHaveText('Unsaved changes')
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const written = await readFile(shared, 'utf8')
  // The second window opened it read-only (the first holds it), and says so.
  await expect(second.page.getByTestId('read-only-banner')).toContainText('open read-only here')
  await glossa.getByRole('button', { name: 'Close Project' }).click()

  // Coming back to the second window, it says at once that the file changed under it.
  await second.page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(second.page.getByTestId('error-message')).toContainText('was changed by another window or program')
  await expect(second.page.getByRole('button', { name: 'Merge the changes' })).toBeVisible()

  // The second window, unaware, takes in another file and saves: refused, nothing overwritten.
  const third = join(folder, 'third.glossa')
  await writeFile(third, serialiseProject(authorEdits(base, { id: 'author-t', name: 'Third', color: '#7b4f9d' }, 'ann-third', 'Third: agreed.', Date.parse('2026-11-02T10:00:00Z'))))
  second.host.mergeAnswers.push(third)
  await second.page.keyboard.press('Control+Shift+M')
  const thirdDialog = second.page.getByRole('dialog', { name: 'Merge from third.glossa' })
  await expect(thirdDialog.getByTestId('merge-summary')).toContainText('1 added')
  await thirdDialog.getByRole('button', { name: 'Apply merge' }).click()
  // The merged project, once taken in, clears the banner; only then is Save pressed.
  await expect(second.page.getByTestId('error-message')).toBeHidden()
  await second.page.keyboard.press('Control+s')
  // Nothing overwritten: the second window's work went beside the file as a conflict copy.
  await expect(second.page.getByTestId('error-message')).toContainText('Someone else changed shared.glossa while you were working')
  expect(await readFile(shared, 'utf8')).toBe(written)

  await second.page.getByRole('button', { name: 'Merge the changes' }).click()
  const fromDisk = second.page.getByRole('dialog', { name: 'Merge from shared.glossa' })
  await expect(fromDisk.getByTestId('merge-summary')).toContainText('1 added')
  // Both colleagues reworded the shared annotation: the first window's version (on disk) is kept.
  await expect(fromDisk.getByTestId('merge-conflict')).toHaveCount(1)
  await fromDisk.getByTestId('merge-conflict').getByLabel('Keep theirs').check()
  await fromDisk.getByRole('button', { name: 'Apply merge' }).click()
  await expect(second.page.getByTestId('error-message')).toBeHidden()
  await second.page.keyboard.press('Control+s')
  await expect(second.page.getByTestId('save-state')).toHaveText('Saved')
  await second.page.close()

  const final = parseProjectFile(await readFile(shared, 'utf8'))
  if (!final.ok) throw new Error('the file must stay valid')
  expect(final.value.annotations.map((annotation) => annotation.id).sort()).toEqual(['ann-1', 'ann-colleague', 'ann-third'])
  expect(JSON.stringify(final.value.annotations.find((annotation) => annotation.id === 'ann-1')!.body)).toContain('Colleague: see Article 2.')
})

test("a colleague's file of another text version is re-anchored in mine, then merged", async ({ glossa, host, folder }) => {
  const base = await sharedProject()
  const mineFile = join(folder, 'mine.glossa')
  const theirsFile = join(folder, 'corrected.glossa')
  await writeFile(mineFile, serialiseProject(base))
  // Their copy has a corrected Article 3 ("Indeed, " added), and an annotation made on that corrected text.
  const corrected = JSON.parse(JSON.stringify(base.document).replace('The law on citizens applies', 'Indeed, the law on citizens applies'))
  const theirsBase = { ...base, document: corrected } as ProjectFile
  const quote = 'law on citizens applies'
  const shared = base.annotations[0]!
  const stamp = '2026-11-05T09:00:00.000Z'
  const onCorrected = {
    ...shared,
    id: 'ann-on-corrected',
    created: stamp,
    modified: stamp,
    body: commentary('Note made on the corrected text'),
    replies: [],
    target: { eId: 'art_3', quote: { type: 'TextQuoteSelector', exact: quote, prefix: 'Indeed, the ', suffix: ' as stated in Article 3.' }, position: { type: 'TextPositionSelector', start: 12, end: 12 + quote.length } }
  }
  await writeFile(theirsFile, serialiseProject(stampChanges(theirsBase, { ...theirsBase, annotations: [...theirsBase.annotations, onCorrected] } as ProjectFile, 'author-editor', Date.parse(stamp))))

  await open(glossa, host, mineFile)
  host.mergeAnswers.push(theirsFile)
  await glossa.keyboard.press('Control+Shift+M')
  const dialog = glossa.getByRole('dialog', { name: 'Merge from corrected.glossa' })
  await expect(dialog.getByTestId('merge-reanchored')).toContainText('another version of the text')
  await expect(dialog.getByTestId('merge-reanchored')).toContainText('1 moved')
  await expect(dialog.getByTestId('merge-summary')).toContainText('1 added')
  await dialog.getByRole('button', { name: 'Apply merge' }).click()
  await glossa.keyboard.press('Control+s')
  await expect.poll(async () => {
    const saved = parseProjectFile(await readFile(mineFile, 'utf8'))
    return saved.ok ? saved.value.annotations.find((annotation) => annotation.id === 'ann-on-corrected')?.target : null
  }).toMatchObject({ eId: 'art_3', quote: { exact: quote, prefix: 'The ' }, position: { start: 4, end: 4 + quote.length } })
  // My text stays mine.
  const saved = parseProjectFile(await readFile(mineFile, 'utf8'))
  expect(saved.ok && JSON.stringify(saved.value.document)).not.toContain('Indeed')
})
