import type { DocJSON } from '../document/types'
import type { GlossaError } from '../errors'
import { collect, buildStructure } from './structure'
import { checkNumbering } from './numbering'
import { englishPatterns, recogniseLine, splitLines, type HeadingPatterns } from './recognise'
import type { ImportReport } from './report'

/** The result of reading a text: a document and its report, or a reason it cannot be imported. */
export type ImportOutcome =
  | { ok: true; doc: DocJSON; report: ImportReport }
  | { ok: false; error: GlossaError }

export interface PlainTextOptions {
  format?: string
  language?: string
  title?: string
  patterns?: HeadingPatterns
}

/** Imports a legal text whose headings read "Preamble", "Part I", "Chapter 1", "Article 1" and clauses "1.". */
export function importPlainText(text: string, options: PlainTextOptions = {}): ImportOutcome {
  const lines = splitLines(text)
  if (lines.length === 0) return { ok: false, error: { code: 'errorImportEmpty', params: {} } }
  const tokens = lines.map((line) => recogniseLine(line, options.patterns ?? englishPatterns))
  const built = buildStructure(tokens, { title: options.title })
  if (built.counts.articles === 0) return { ok: false, error: { code: 'errorImportNoArticles', params: { lines: lines.length } } }

  const units = (type: string) =>
    collect(built.doc.content ?? [], type).map((node) => ({ eId: String(node.attrs?.eId ?? ''), num: String(node.attrs?.num ?? '') }))
  const warnings = [...checkNumbering(units('part'), 'part'), ...checkNumbering(units('article'), 'article'), ...built.warnings]
  return {
    ok: true,
    doc: built.doc,
    report: { format: options.format ?? 'text', language: options.language ?? 'en', counts: built.counts, warnings }
  }
}
