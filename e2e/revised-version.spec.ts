import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { notesAndExpectations, importEdition } from '../src/shared/editions/testing'
import { editionText, generateEditionPair } from '../src/shared/fixtures/generate-editions'
import type { GeneratedLanguage } from '../src/shared/fixtures/generate-text'
import { translate, type MessageKey } from '../src/shared/i18n/translate'
import { dragSelect } from './annotation-steps'
import { importRevision, menu, openEditionProject } from './edition-steps'
import { expect, test } from './support/fixtures'

/**
 * Import Revised Version: a project with a note on every clause of a generated 30-article edition takes the
 * revised edition (an article inserted, one moved, clauses reworded, inserted and deleted); the review
 * queue lists exactly the changed and orphaned notes with their old and new wording, each answer is one
 * undo step, and one more undo brings the first edition back whole.
 */

async function reviseAndReview(glossa: Page, host: { openAnswers: (string | null)[]; importAnswers: (string | null)[] }, folder: string, language: GeneratedLanguage) {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(key, params, language)
  const pair = generateEditionPair({ language, articles: 30, parts: 3 })
  const oldDoc = importEdition(pair.old)
  const expectations = notesAndExpectations(pair, oldDoc)
  const projectFile = join(folder, 'commentary.glossa')
  const revisedFile = join(folder, 'final-draft.txt')
  await writeFile(revisedFile, editionText(pair.revised))
  const notes = expectations.map((expectation) => expectation.note)
  await openEditionProject(glossa, host, projectFile, { language, content: oldDoc, edition: { id: 'first', label: 'First draft' }, notes, articles: 30 }, language)
  await importRevision(glossa, host, revisedFile, { label: 'Final draft', date: '2026-02-12', previous: 'First draft' }, language)
  await expect(glossa.locator('.outline .outline-article')).toHaveCount(31)

  const changed = expectations.filter((expectation) => expectation.status === 'changed')
  const orphaned = expectations.filter((expectation) => expectation.status === 'orphaned')
  expect(changed.length).toBeGreaterThan(2)
  expect(orphaned.length).toBeGreaterThan(0)
  const waiting = changed.length + orphaned.length
  await expect(glossa.getByRole('region', { name: t('reviewTitle', { count: waiting }) })).toBeVisible()
  // Its title counts what is left: found by its class from here on.
  const queue = glossa.locator('.review-queue')
  await expect(queue).toContainText('First draft')
  const items = queue.locator('.review-item')
  await expect(items).toHaveCount(waiting)
  await expect(queue.locator('.review-changed')).toHaveCount(changed.length)
  await expect(queue.locator('.review-orphaned')).toHaveCount(orphaned.length)
  // A changed note: its old words and what they became in the revised clause.
  const first = queue.locator(`.review-item[data-annotation-id="${changed[0]!.note.id}"]`)
  await expect(first.locator('.review-old')).toHaveText(changed[0]!.quote)
  await expect(first.locator('.review-new')).not.toHaveText('')
  const orphan = queue.locator(`.review-item[data-annotation-id="${orphaned[0]!.note.id}"]`)
  await expect(orphan.locator('.review-old')).toHaveText(orphaned[0]!.quote)
  await expect(orphan.locator('.review-new')).toHaveText(t('reviewNoNewWording'))
  await glossa.screenshot({ path: `/tmp/review-queue-${language}.png` })

  // Accept a changed note; keep one orphan; re-attach another changed note to words selected in the text.
  await first.getByRole('button', { name: t('reviewAccept') }).click()
  await expect(items).toHaveCount(waiting - 1)
  await orphan.getByRole('button', { name: t('reviewKeepOrphan') }).click()
  await expect(items).toHaveCount(waiting - 2)
  const other = changed[1]!
  const target = queue.locator(`.review-item[data-annotation-id="${other.note.id}"]`)
  await dragSelect(glossa, 'art_1', pair.revised.parts[0]!.articles[0]!.clauses[0]!.object)
  await target.getByRole('button', { name: t('reviewReattach') }).click()
  await expect(items).toHaveCount(waiting - 3)
  await expect(glossa.locator(`.legal-text [data-eid="art_1"] .annotation-highlight[data-annotations~="${other.note.id}"]`).first()).toBeVisible()

  // Each answer is one undo step; the next undo takes the whole revision back.
  for (let step = 1; step <= 3; step++) {
    await menu(glossa, 'undo')
    await expect(items).toHaveCount(waiting - 3 + step)
  }
  await menu(glossa, 'undo')
  await expect(glossa.locator('.outline .outline-article')).toHaveCount(30)
  await expect(glossa.locator('.review-queue')).toHaveCount(0)
  await menu(glossa, 'redo')
  await expect(glossa.locator('.outline .outline-article')).toHaveCount(31)
  await expect(items).toHaveCount(waiting)

  // Saved: schema 3, the revised edition read, the first kept, every note there.
  await glossa.keyboard.press('Control+s')
  await expect.poll(async () => JSON.parse(await readFile(projectFile, 'utf8')).document.edition?.label).toBe('Final draft')
  const saved = JSON.parse(await readFile(projectFile, 'utf8'))
  expect(saved.schemaVersion).toBe(3)
  expect(saved.document.edition.date).toBe('2026-02-12')
  expect(saved.editions.map((edition: { edition: { label: string } }) => edition.edition.label)).toEqual(['First draft'])
  expect(saved.annotations).toHaveLength(expectations.length)
  expect(saved.annotations.filter((annotation: { review?: unknown }) => annotation.review)).toHaveLength(waiting)
}

test('a revised version carries every note, and the review queue settles the changed and orphaned ones (en)', async ({ glossa, host, folder }) => {
  await reviseAndReview(glossa, host, folder, 'en')
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })
  test('a revised version carries every note, and the review queue settles the changed and orphaned ones (ru)', async ({ glossa, host, folder }) => {
    await reviseAndReview(glossa, host, folder, 'ru')
  })
})
