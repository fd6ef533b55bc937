import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { Annotation } from '../src/shared/annotations/types'
import type { DocJSON } from '../src/shared/document/types'
import { translate, type Locale } from '../src/shared/i18n/translate'
import { createProject } from '../src/shared/project/create'
import { serialiseProject } from '../src/shared/project/parse'
import { expect } from './support/fixtures'

/** Steps the edition specs share: a project on one edition opened, and a revised version imported into it. */

export const menu = (page: Page, command: string) => page.evaluate((name) => window.__glossaEmit('menu:command', { command: name }), command)

type Host = { openAnswers: (string | null)[]; importAnswers: (string | null)[] }

/** Writes a project on `content` (named as the edition `edition`) with `notes`, and opens it. */
export async function openEditionProject(
  page: Page,
  host: Host,
  file: string,
  project: { language: string; content: DocJSON; edition: { id: string; label: string }; notes: Annotation[]; articles: number },
  locale: Locale
) {
  const created = createProject({ title: 'Commentary', document: { name: 'Law', language: project.language, content: project.content, edition: project.edition } })
  await writeFile(file, serialiseProject({ ...created, annotations: project.notes }))
  host.openAnswers.push(file)
  await page.getByRole('button', { name: translate('commandOpenProject', {}, locale) }).first().click()
  await expect(page.locator('.outline .outline-article')).toHaveCount(project.articles)
}

/** Import Revised Version from the menu: `file` chosen in main's dialog, the edition named (and dated). */
export async function importRevision(page: Page, host: Host, file: string, name: { label: string; date?: string; previous?: string }, locale: Locale) {
  const t = (key: Parameters<typeof translate>[0]) => translate(key, {}, locale)
  host.importAnswers.push(file)
  await menu(page, 'importRevision')
  const dialog = page.getByRole('dialog', { name: t('revisionTitle') })
  if (name.previous) await expect(dialog).toContainText(name.previous)
  await dialog.getByLabel(t('revisionLabel')).fill(name.label)
  if (name.date) await dialog.getByLabel(t('revisionDate')).fill(name.date)
  await dialog.getByRole('button', { name: t('revisionSubmit') }).click()
}
