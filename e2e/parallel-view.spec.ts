import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { importEdition, notesAndExpectations } from '../src/shared/editions/testing'
import { editionText, generateEditionPair } from '../src/shared/fixtures/generate-editions'
import type { GeneratedLanguage } from '../src/shared/fixtures/generate-text'
import { translate, type MessageKey } from '../src/shared/i18n/translate'
import { importRevision, menu, openEditionProject } from './edition-steps'
import { expect, test } from './support/fixtures'

/**
 * The parallel view: a commentary written on one language's text takes the same law in another language
 * (Import Revised Version); the view shows each article beside its counterpart, in one scroller, and the
 * notes on the first language's article as a marker beside the second's.
 */

async function readSideBySide(glossa: Page, host: { openAnswers: (string | null)[]; importAnswers: (string | null)[] }, folder: string, written: GeneratedLanguage, read: GeneratedLanguage, ui: GeneratedLanguage) {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(key, params, ui)
  const original = generateEditionPair({ language: written, articles: 20, parts: 2 })
  const translation = generateEditionPair({ language: read, articles: 20, parts: 2 }).old
  const oldDoc = importEdition(original.old)
  const notes = notesAndExpectations(original, oldDoc).map((expectation) => expectation.note)
  const projectFile = join(folder, 'commentary.glossa')
  const translationFile = join(folder, `translation-${read}.txt`)
  await writeFile(translationFile, editionText(translation))
  await openEditionProject(glossa, host, projectFile, { language: written, content: oldDoc, edition: { id: written, label: `Draft (${written})` }, notes, articles: 20 }, ui)
  await importRevision(glossa, host, translationFile, { label: `Translation (${read})` }, ui)
  // Every note was carried to its own article in the other language, kept as an orphan there: none dropped.
  await expect(glossa.locator('.review-queue .review-item')).toHaveCount(notes.length)

  await menu(glossa, 'parallelView')
  const view = glossa.getByRole('dialog', { name: t('parallelTitle') })
  await expect(view.getByRole('columnheader')).toHaveText([`Translation (${read}) (${read})`, `Draft (${written}) (${written})`])
  const rows = view.locator('.parallel-row:not(.parallel-head)')
  await expect(rows).toHaveCount(20)
  const third = view.locator('.parallel-row[data-eid="art_3"] .parallel-cell')
  const onArticle3 = notes.filter((note) => note.target.eId === 'art_3').length
  await expect(third.nth(1).locator('.parallel-notes')).toHaveText(t('parallelNotes', { count: onArticle3 }))
  await expect(third.nth(0).locator('.parallel-marker')).toHaveText(`◆ ${t('parallelMarker', { count: onArticle3 })}`)
  const article3 = translation.parts.flatMap((part) => part.articles)[2]!
  await expect(third.nth(0)).toContainText(article3.clauses[0]!.text)
  // One scroller: the last article's cells come into view together.
  const scroller = view.locator('.parallel-scroller')
  await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  const last = view.locator('.parallel-row[data-eid="art_20"] .parallel-cell')
  await expect(last.nth(0)).toBeInViewport()
  await expect(last.nth(1)).toBeInViewport()
  await glossa.screenshot({ path: `/tmp/parallel-view-${read}-${written}.png` })
  await view.getByRole('button', { name: t('close') }).click()
  await expect(view).toHaveCount(0)
}

test('reads an English translation beside the Kazakh text the notes were written on (en)', async ({ glossa, host, folder }) => {
  await readSideBySide(glossa, host, folder, 'kk', 'en', 'en')
})

test.describe('in Kazakh', () => {
  test.use({ locale: 'kk-KZ' })
  test('reads the Kazakh text beside the Russian one the notes were written on (kk)', async ({ glossa, host, folder }) => {
    await readSideBySide(glossa, host, folder, 'ru', 'kk', 'kk')
  })
})
