import { plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { checkEntry, refuse, type EntryOutcome } from './entry'

/**
 * BibTeX and BibLaTeX (biblatex-gost too) read entry by entry with citation-js. Its grammar reads a file
 * whole and stops at the first error, so the file is first cut where a line starts with `@` (where
 * biber and Zotero also resume after a broken entry); `@string` macros carry over to the entries after them.
 * citation-js maps fields to CSL; what it drops for legal sources (a case's court and number, a statute's
 * jurisdiction) is read from the entry's own fields.
 */

interface RawEntry {
  type: string
  label: string
  properties: Record<string, string | number>
}

/** The file cut into chunks that each start with an entry at the start of a line, with the line each starts on. */
function chunks(text: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = []
  // An entry starts "@type{" or "@type(" at the start of a line; "@someone" in a wrapped note does not.
  const starts = [...text.matchAll(/^[ \t]*@[ \t]*[a-zA-Z]+[ \t]*[{(]/gm)].map((match) => match.index)
  starts.forEach((start, index) => {
    found.push({ text: text.slice(start, starts[index + 1] ?? text.length), line: text.slice(0, start).split('\n').length })
  })
  return found
}

/** biblatex-gost writes the numero sign as a macro citation-js does not know. */
const withNumeroSign = (text: string) => text.replace(/\\(?:textnumero|No)(?![a-zA-Z])\s*~?/g, '№ ')

/** The LaTeX of a field as plain text, converted by citation-js itself (accents, dashes, braces). */
function plainText(value: string | number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  const [converted] = plugins.input.chain([{ type: 'misc', label: 'field', properties: { note: String(value) } }], { forceType: '@biblatex/entries+list', generateGraph: false }) as { note?: string }[]
  return converted?.note?.trim() || undefined
}

/**
 * biblatex(-gost) fields CSL has no place for, which citation-js drops: kept under their own names (as text)
 * so nothing is lost ("учебник", "закон от 11 июля 1997 г. № 151-I"); citeproc leaves them alone.
 */
const keptBiblatexFields = ['titleaddon', 'booktitleaddon', 'maintitleaddon', 'authortype', 'editortype', 'media', 'usera', 'userb']

/** Court, number and reporter of a case, jurisdiction and number of legislation: fields citation-js drops. */
function withDroppedFields(item: Record<string, unknown>, properties: RawEntry['properties']): Record<string, unknown> {
  const first = (...names: string[]) => plainText(names.map((name) => properties[name]).find((value) => value !== undefined && value !== ''))
  const fill = (field: string, value: string | undefined) => {
    if (value && item[field] === undefined) item[field] = value
  }
  if (item['type'] === 'legal_case') {
    const court = first('court', 'institution', 'organization')
    if (court && item['publisher'] !== undefined && [item['publisher']].flat().join(' and ') === court) delete item['publisher']
    fill('authority', court)
    fill('number', first('number', 'docket'))
    fill('container-title', first('journaltitle', 'journal', 'reporter'))
  }
  if (['legislation', 'bill', 'regulation', 'treaty'].includes(String(item['type']))) {
    fill('jurisdiction', first('jurisdiction', 'country', 'location', 'address'))
    fill('number', first('number'))
  }
  for (const field of keptBiblatexFields) fill(field, first(field))
  return item
}

/** The parser's words without its position, which counts from the chunk, not the file (the line is reported instead). */
const parserWords = (error: unknown) => (error as Error).message.split('\n')[0]!.replace(/\s+at line \d+ col \d+:?$/, '')

function readChunk(chunk: string, macros: string, index: number, line: number): EntryOutcome | null {
  const label = chunk.match(/^\s*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,/)?.[1] ?? `#${index + 1}`
  let raw: RawEntry[]
  try {
    raw = plugins.input.data(macros + withNumeroSign(chunk), '@biblatex/text') as RawEntry[]
  } catch (error) {
    return refuse(label, { code: 'sourceRefusedSyntax', params: { format: 'BibTeX', line }, detail: parserWords(error) })
  }
  const [entry] = raw
  if (!entry) return null
  try {
    const [item] = plugins.input.chain([entry], { forceType: '@biblatex/entries+list', generateGraph: false }) as Record<string, unknown>[]
    return checkEntry(withDroppedFields({ ...item }, entry.properties), index)
  } catch (error) {
    return refuse(label, { code: 'sourceRefusedSyntax', params: { format: 'BibTeX', line }, detail: parserWords(error) })
  }
}

/** Every entry of a BibTeX/BibLaTeX file, each read or refused on its own. */
export function readBibtexEntries(text: string): EntryOutcome[] {
  const outcomes: EntryOutcome[] = []
  let macros = ''
  for (const { text: chunk, line } of chunks(text)) {
    const kind = chunk.match(/^\s*@\s*(\w+)/)?.[1]?.toLowerCase()
    if (kind === 'comment' || kind === 'preamble') continue
    if (kind === 'string') {
      const definition = withNumeroSign(chunk.match(/^[\s\S]*?[})]\s*(?=\n|$)/)?.[0] ?? chunk)
      try {
        plugins.input.data(macros + definition, '@biblatex/text')
        macros += `${definition}\n`
      } catch {
        // A broken macro is not an entry: the entries that use it come out without its text.
      }
      continue
    }
    const outcome = readChunk(chunk, macros, outcomes.length, line)
    if (outcome) outcomes.push(outcome)
  }
  return outcomes
}
