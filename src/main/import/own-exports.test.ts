import { describe, expect, it } from 'vitest'
import type { DocJSON } from '../../shared/document/types'
import { defaultExportOptions, type NotePlacement } from '../../shared/export/options'
import { sampleProject, type SampleLanguage } from '../../shared/export/sample-project'
import { setDefaultLocale } from '../../shared/i18n/translate'
import { importFile, type ImportedDocument } from '../../shared/import/import-file'
import { collect } from '../../shared/import/structure'
import { chromiumPrinter } from '../export/chromium-printer'
import { buildDocx } from '../export/docx'
import { exportPdf } from '../export/export-pdf'
import { publicationModel } from '../export/publication'
import { nodeFormatReaders } from './readers'

/**
 * Re-importing what Glossa exports: the Word file from the real docx exporter and the PDF of the real print
 * view printed by Chromium, with their contents, running heads, footnotes (or endnotes, or margin notes),
 * title page and bibliography. The law must come back once, article for article and word for word.
 */

const now = new Date('2026-03-02T12:00:00Z')

/** Each article's eId with the text of its clauses, one string per clause. */
function articleTexts(doc: DocJSON): Map<string, string[]> {
  const text = (node: DocJSON): string => (node.text ?? '') + (node.content ?? []).map(text).join('')
  return new Map(collect(doc.content ?? [], 'article').map((article) => [String(article.attrs?.['eId']), collect(article.content ?? [], 'clause').map((clause) => text(clause).trim())]))
}

async function exported(language: SampleLanguage, placement: NotePlacement, format: 'docx' | 'pdf', annotations: number) {
  setDefaultLocale(language)
  const project = sampleProject({ parts: 11, articles: 95, annotations, language })
  const options = { ...defaultExportOptions, placement }
  const bytes =
    format === 'docx'
      ? await buildDocx(await publicationModel(project, options, now))
      : await exportPdf({ project, options, now, signal: new AbortController().signal }, chromiumPrinter)
  setDefaultLocale('en')
  const result = await importFile(bytes, `commentary.${format}`, nodeFormatReaders)
  if (!result.ok) throw new Error(`import refused: ${result.error.code}`)
  return { original: project.document!.content as DocJSON, imported: result.value }
}

function expectTheLawOnce({ original, imported }: { original: DocJSON; imported: ImportedDocument }, language: SampleLanguage) {
  expect(imported.report.language).toBe(language)
  expect(imported.report.counts).toMatchObject({ parts: 11, articles: 95, clauses: 191 })
  expect(articleTexts(imported.doc)).toEqual(articleTexts(original))
  // What was left out is named; nothing else is out of place.
  expect(imported.report.warnings.map((warning) => warning.code)).toEqual(['contentsLeftOut', 'titlePageLeftOut', 'backMatterLeftOut'])
}

describe('re-importing Glossa’s own Word export', () => {
  for (const [language, placement] of [
    ['en', 'footnotes'],
    ['ru', 'endnotes'],
    ['kk', 'footnotes']
  ] as const) {
    it(`gives the 95 articles once (${language}, ${placement})`, async () => {
      expectTheLawOnce(await exported(language, placement, 'docx', 40), language)
    }, 60_000)
  }
})

describe('re-importing Glossa’s own PDF export (the print view printed by Chromium)', () => {
  for (const [language, placement, annotations] of [
    ['en', 'footnotes', 40],
    ['ru', 'endnotes', 40],
    ['kk', 'margin', 40],
    // More commentary than law: the notes' type carries most of the text.
    ['ru', 'footnotes', 300]
  ] as const) {
    it(`gives the 95 articles once (${language}, ${placement}, ${annotations} notes)`, async () => {
      expectTheLawOnce(await exported(language, placement, 'pdf', annotations), language)
    }, 120_000)
  }
})
