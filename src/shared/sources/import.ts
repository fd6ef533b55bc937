import { plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-csl'
import { fail, ok, type Result } from '../errors'
import { formatBytes } from '../import/import-file'
import { suggestSourceId } from './library'
import { isKeepableField, sourceSchema } from './schema'
import type { CslItem } from './types'

/**
 * Reading a source file (BibTeX/BibLaTeX, RIS, CSL-JSON, as Zotero exports them) into CSL-JSON items with
 * citation-js. The format is always named to citation-js, never guessed by it: its guessing would fetch
 * anything that looks like a URL or DOI. Refuses, with a reason, empty, broken, oversized and invalid files;
 * a file is imported whole or not at all.
 */

export type SourceFormat = 'bibtex' | 'ris' | 'csl-json'

/** Names shown in messages. */
export const sourceFormatNames: Record<SourceFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' }

/** Largest source file read (bytes); a Zotero library of thousands of items is well below it. */
export const sourceImportSizeLimit = 10 * 1024 * 1024

/** Most entries imported from one file. */
export const sourceImportItemLimit = 20_000

/** citation-js input types; @biblatex/text reads plain BibTeX too, and BibLaTeX's date and urldate. */
const citationJsTypes: Record<SourceFormat, string> = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' }

const extensions: Record<string, SourceFormat> = { bib: 'bibtex', bibtex: 'bibtex', ris: 'ris', json: 'csl-json', csljson: 'csl-json' }

/** The extensions a source file may have, for the file dialog. */
export const sourceFileExtensions = Object.keys(extensions)

/** The file's format, from its extension, else from how its text begins; null when it is none of the three. */
export function detectSourceFormat(fileName: string, text: string): SourceFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  const byName = extension ? extensions[extension] : undefined
  if (byName) return byName
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json'
  if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(text)) return 'bibtex'
  if (/^TY {2}- /m.test(text)) return 'ris'
  return null
}

/** Successfully read sources, not yet in the library (see `addToLibrary` for ids). */
export interface ParsedSources {
  format: SourceFormat
  items: CslItem[]
}

function parseWithCitationJs(input: unknown, format: SourceFormat): unknown[] {
  const parsed: unknown = plugins.input.chain(input, { forceType: citationJsTypes[format], generateGraph: false })
  return Array.isArray(parsed) ? parsed : [parsed]
}

/** Keeps the fields a source may hold; a named field of the wrong shape makes the entry invalid instead. */
function keepable(entry: Record<string, unknown>): Record<string, unknown> {
  const named = new Set(Object.keys(sourceSchema.shape))
  return Object.fromEntries(Object.entries(entry).filter(([key, value]) => named.has(key) || isKeepableField(value)))
}

/** RIS dates arrive as raw text ("2020 " or "2020/05/01/"): tidy them so citeproc reads them. */
function tidyRawDates(entry: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['issued', 'accessed']) {
    const date = entry[key] as { raw?: unknown } | undefined
    if (date && typeof date.raw === 'string') {
      const parts = date.raw.trim().replace(/\/+$/, '').split(/[-/]/).map(Number)
      entry[key] = parts.length > 0 && parts.length <= 3 && parts.every((part) => Number.isInteger(part) && part > 0) ? { 'date-parts': [parts] } : { raw: date.raw.trim() }
    }
  }
  return entry
}

/** Reads a source file's text. Never throws. */
export function parseSources(text: string, fileName: string, format = detectSourceFormat(fileName, text)): Result<ParsedSources> {
  if (text.length > sourceImportSizeLimit) return fail('errorSourcesTooLarge', { size: formatBytes(text.length), limit: formatBytes(sourceImportSizeLimit) })
  if (!text.trim()) return fail('errorSourcesEmpty', { fileName })
  if (!format) return fail('errorSourcesUnrecognised', { fileName })
  const formatName = sourceFormatNames[format]

  let raw: unknown[]
  try {
    const input: unknown = format === 'csl-json' ? JSON.parse(text.replace(/^\uFEFF/, '')) : text
    const list = format === 'csl-json' && !Array.isArray(input) ? [input] : input
    // citation-js would turn anything into an entry: CSL-JSON entries must be objects before it sees them.
    const notObject = Array.isArray(list) ? list.findIndex((entry) => typeof entry !== 'object' || entry === null || Array.isArray(entry)) : -1
    if (notObject >= 0) return fail('errorSourcesInvalid', { fileName, index: notObject + 1, where: '(entry)' })
    raw = parseWithCitationJs(list, format)
  } catch (error) {
    return fail('errorSourcesBroken', { fileName, format: formatName }, (error as Error).message.split('\n')[0])
  }
  if (raw.length === 0) return fail('errorSourcesEmpty', { fileName })
  if (raw.length > sourceImportItemLimit) return fail('errorSourcesTooMany', { fileName, count: raw.length, limit: sourceImportItemLimit })

  const items: CslItem[] = []
  for (const [index, entry] of raw.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return fail('errorSourcesInvalid', { fileName, index: index + 1, where: '(entry)' })
    }
    const fields = entry as Record<string, unknown>
    // RIS entries have no id: they get one from author and year (`addToLibrary` settles clashes).
    const id = typeof fields['id'] === 'string' || typeof fields['id'] === 'number' ? String(fields['id']) : suggestSourceId(fields)
    const candidate = tidyRawDates(keepable({ type: 'document', ...fields, id }))
    const checked = sourceSchema.safeParse(candidate)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      return fail('errorSourcesInvalid', { fileName, index: index + 1, where: issue?.path.join('.') || '(entry)' }, issue?.message)
    }
    items.push(checked.data as CslItem)
  }
  return ok({ format, items })
}

/** What main answers when the user imports a source file (not yet added to the library). */
export interface ImportedSources extends ParsedSources {
  fileName: string
}
