import { fail, ok, type Result } from '../errors'
import { formatBytes } from '../import/import-file'
import { readBibtexEntries } from './bibtex'
import { readCslJsonEntries } from './csl-json'
import type { EntryOutcome, RefusedSource } from './entry'
import { readRisEntries } from './ris'
import type { CslItem } from './types'

/**
 * Reading a source file (BibTeX/BibLaTeX, RIS, CSL-JSON, as Zotero and Better BibTeX export them) into
 * CSL-JSON items with citation-js, entry by entry: one bad entry is refused with its reason and the others
 * are read. The format is always named to citation-js, never guessed by it: its guessing would fetch
 * anything that looks like a URL or DOI. Only a file that is empty, oversized, unreadable as a whole
 * (broken JSON) or of no known format is refused whole.
 */

export type SourceFormat = 'bibtex' | 'ris' | 'csl-json'

/** Names shown in messages. */
export const sourceFormatNames: Record<SourceFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' }

/** Largest source file read (bytes); a Zotero library of thousands of items is well below it. */
export const sourceImportSizeLimit = 10 * 1024 * 1024

/** Most entries imported from one file. */
export const sourceImportItemLimit = 20_000

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

/** The entries read from a file, not yet in the library (see `importIntoLibrary`), and those refused. */
export interface ParsedSources {
  format: SourceFormat
  items: CslItem[]
  refused: RefusedSource[]
}

function readEntries(text: string, format: SourceFormat): EntryOutcome[] {
  if (format === 'bibtex') return readBibtexEntries(text)
  if (format === 'ris') return readRisEntries(text)
  return readCslJsonEntries(JSON.parse(text.replace(/^\uFEFF/, '')))
}

/** Reads a source file's text. Never throws. */
export function parseSources(text: string, fileName: string, format = detectSourceFormat(fileName, text)): Result<ParsedSources> {
  if (text.length > sourceImportSizeLimit) return fail('errorSourcesTooLarge', { size: formatBytes(text.length), limit: formatBytes(sourceImportSizeLimit) })
  if (!text.trim()) return fail('errorSourcesEmpty', { fileName })
  if (!format) return fail('errorSourcesUnrecognised', { fileName })

  let outcomes: EntryOutcome[]
  try {
    outcomes = readEntries(text, format)
  } catch (error) {
    return fail('errorSourcesBroken', { fileName, format: sourceFormatNames[format] }, (error as Error).message.split('\n')[0])
  }
  if (outcomes.length === 0) return fail('errorSourcesEmpty', { fileName })
  if (outcomes.length > sourceImportItemLimit) return fail('errorSourcesTooMany', { fileName, count: outcomes.length, limit: sourceImportItemLimit })
  const items: CslItem[] = []
  const refused: RefusedSource[] = []
  for (const outcome of outcomes) {
    if (outcome.ok) items.push(outcome.item)
    else refused.push(outcome.refused)
  }
  return ok({ format, items, refused })
}

/** What main answers when the user imports a source file (not yet added to the library). */
export interface ImportedSources extends ParsedSources {
  fileName: string
}
