import type { DocJSON } from '../document/types'
import type { GlossaError } from '../errors'
import { leaveOutApparatus } from './apparatus'
import { structureWarnings } from './checks'
import { detectLanguage } from './language'
import { patternsFor, type TextLanguage } from './patterns'
import { recogniseLine, splitLines, type HeadingPatterns } from './recognise'
import type { ImportFormat, ImportReport } from './report'
import { buildStructure } from './structure'

/** The result of reading a text: a document and its report, or a reason it cannot be imported. */
export type ImportOutcome =
  | { ok: true; doc: DocJSON; report: ImportReport }
  | { ok: false; error: GlossaError }

/** How to read a text; by default the language is detected and every language's headings are recognised. */
export interface PlainTextOptions {
  format?: ImportFormat
  language?: TextLanguage
  title?: string
  patterns?: HeadingPatterns
}

/**
 * Imports a legal text in English, Russian or Kazakh: headings such as "Part I", "Раздел I", "I бөлім",
 * "Article 5", "Статья 5", "5-бап", clauses "1." and sub-points "1)", "а)".
 */
export function importPlainText(text: string, options: PlainTextOptions = {}): ImportOutcome {
  const lines = splitLines(text)
  if (lines.length === 0) return { ok: false, error: { code: 'errorImportEmpty', params: {} } }
  const language = options.language ?? detectLanguage(text)
  const patterns = options.patterns ?? patternsFor(language)
  const { tokens, warnings: leftOut } = leaveOutApparatus(
    lines,
    lines.map((line) => recogniseLine(line, patterns))
  )
  const built = buildStructure(tokens, { title: options.title })
  if (built.counts.articles === 0) return { ok: false, error: { code: 'errorImportNoArticles', params: { lines: lines.length } } }
  return {
    ok: true,
    doc: built.doc,
    report: { format: options.format ?? 'text', language, counts: built.counts, warnings: [...leftOut, ...structureWarnings(built.doc), ...built.warnings] }
  }
}
