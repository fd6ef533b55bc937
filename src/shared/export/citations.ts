import type { Citation } from '../annotations/types'
import type { CslItem, CslName } from '../sources/types'

/**
 * Citation formatting for the export. This is a small stand-in with OSCOLA-like output (plain text, no
 * markup) until the project's citeproc module (src/shared/citations) lands; the export only depends on
 * the `CitationFormatter` interface, so switching over is one line in `model.ts`.
 */
export interface CitationFormatter {
  /** The citation as it reads in a note, with its locator. */
  note(citation: Citation, item: CslItem): string
  /** The source's entry in the bibliography. */
  bibliographyEntry(item: CslItem): string
  /** Orders the bibliography: by first author's family name, then title. */
  sortKey(item: CslItem): string
}

function nameInNote(name: CslName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ')
}

function nameInBibliography(name: CslName): string {
  return name.literal ?? [name.family, name.given].filter(Boolean).join(' ')
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function year(item: CslItem): string {
  const first = item.issued?.['date-parts']?.[0]?.[0]
  return first !== undefined ? String(first) : (item.issued?.raw ?? '')
}

function publication(item: CslItem): string {
  const details = [item.publisher, year(item)].filter(Boolean).join(' ')
  return details ? ` (${details})` : ''
}

const locatorAbbreviations: Record<string, string> = { page: '', paragraph: 'para ', section: 's ', chapter: 'ch ', article: 'art ', clause: 'cl ', line: 'line ', note: 'n ' }

function formatEntry(item: CslItem, names: string): string {
  const title = item.title ?? item.id
  const container = item['container-title'] ? `, ${item['container-title']}` : ''
  return `${names ? `${names}, ` : ''}${title}${container}${publication(item)}`
}

/** The stand-in formatter described above. */
export const plainCitationFormatter: CitationFormatter = {
  note(citation, item) {
    const base = formatEntry(item, joinNames((item.author ?? []).map(nameInNote)))
    const locator = citation.locator ? ` ${locatorAbbreviations[citation.locator.label] ?? ''}${citation.locator.value}` : ''
    return `${base}${locator}.`
  },
  bibliographyEntry(item) {
    return formatEntry(item, joinNames((item.author ?? []).map(nameInBibliography)))
  },
  sortKey(item) {
    const first = item.author?.[0]
    return `${first?.family ?? first?.literal ?? ''} ${item.title ?? ''}`.toLowerCase()
  }
}
