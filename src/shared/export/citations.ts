import type { Citation } from '../annotations/types'
import type { StyledRun } from '../citations/runs'
import type { CslItem, CslName } from '../sources/types'

/**
 * What the export needs from citation formatting: src/shared/citations/format.ts (citeproc with the
 * project's CSL style), which main and the headless command pass in. The small OSCOLA-like formatter below
 * is the fallback where no style files are at hand (unit tests of the model); it knows no short forms.
 */
export interface ExportCitations {
  /**
   * Each note's citations in reading order, formatted as one sequence (the first citation of a source in
   * full, later ones short, repeats "ibid" in the style's terms): one list of runs per note, empty for none.
   */
  noteRuns(sequence: readonly (readonly Citation[])[]): StyledRun[][]
  /** Bibliography entries for these source ids, in the style's order. */
  bibliographyRuns(ids: readonly string[]): StyledRun[][]
}

interface CitationFormatter {
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

const plainCitationFormatter: CitationFormatter = {
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

/** The fallback formatter over a project's sources; unknown sources are left out. */
export function plainCitations(sources: Map<string, CslItem>): ExportCitations {
  const noteText = (citations: readonly Citation[]) =>
    citations
      .flatMap((citation) => {
        const item = sources.get(citation.sourceId)
        return item ? [plainCitationFormatter.note(citation, item)] : []
      })
      .join(' ')
  return {
    noteRuns: (sequence) => sequence.map((citations) => {
      const text = noteText(citations)
      return text ? [{ text }] : []
    }),
    bibliographyRuns: (ids) =>
      ids
        .flatMap((id) => {
          const item = sources.get(id)
          return item ? [item] : []
        })
        .sort((a, b) => plainCitationFormatter.sortKey(a).localeCompare(plainCitationFormatter.sortKey(b)))
        .map((item) => [{ text: plainCitationFormatter.bibliographyEntry(item) }])
  }
}
