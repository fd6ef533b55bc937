import Papa from 'papaparse'
import { fail, ok, type Result } from '../errors'
import { normaliseColour, type CodebookEntry } from './codebook'
import { tagPathNames } from './taxonomy'

/**
 * The codebook as CSV: one tag a row, columns `path`, `colour`, `description`; the path's levels joined by
 * " > ". Reading is lenient the way other tools' exports need: the path column may be called path, tag or
 * name, the colour column colour or color, headers in any case and order; other columns are ignored.
 * Papa Parse (MIT) reads and writes the CSV itself: quotes, commas and line breaks inside fields.
 */

const pathSeparator = ' > '

export function writeCodebookCsv(entries: readonly CodebookEntry[]): string {
  const rows = entries.map((entry) => [entry.path.join(pathSeparator), entry.color ?? '', entry.description ?? ''])
  return Papa.unparse({ fields: ['path', 'colour', 'description'], data: rows }, { newline: '\r\n' }) + '\r\n'
}

/** A row the reader left out, by its line in the file (1 = the header), and why. */
export interface CsvRowProblem {
  line: number
  value: string
}

export function readCodebookCsv(text: string): Result<{ entries: CodebookEntry[]; badColours: CsvRowProblem[] }> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim().toLowerCase() })
  const fields = parsed.meta.fields ?? []
  const pathField = ['path', 'tag', 'name'].find((name) => fields.includes(name))
  if (!pathField) return fail('errorCodebookCsvNoPath')
  const colourField = ['colour', 'color'].find((name) => fields.includes(name))
  const entries: CodebookEntry[] = []
  const badColours: CsvRowProblem[] = []
  parsed.data.forEach((row, index) => {
    const path = tagPathNames(row[pathField] ?? '')
    if (path.length === 0) return
    const entry: CodebookEntry = { path }
    const colour = colourField ? (row[colourField] ?? '').trim() : ''
    if (colour) {
      const normal = normaliseColour(colour)
      if (normal) entry.color = normal
      else badColours.push({ line: index + 2, value: colour })
    }
    if (fields.includes('description')) entry.description = (row['description'] ?? '').trim()
    entries.push(entry)
  })
  return ok({ entries, badColours })
}
