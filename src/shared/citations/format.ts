import CSL, { type CiteprocCitationItem, type Engine, type OutputFormat } from 'citeproc'
import type { Citation } from '../annotations/types'
import type { CslItem } from '../sources/types'
import { cslLocatorLabel } from './locators'
import './cyrillic-initials'
import { withoutSnapshot } from '../sources/snapshot'
import { preparedItem } from './prepared-items'
import { positionedNotes } from './positions'
import { cslHtmlRuns, type StyledRun } from './runs'

/**
 * Formats citations and bibliographies with citeproc-js, the CSL processor Zotero uses. Pure: the caller
 * passes the style and locale XML (resources/csl; loaders: src/main/sources/csl-files.ts for Node and main,
 * src/renderer/src/sources/csl-assets.ts for the renderer). citeproc needs no globals and runs in plain Node.
 *
 * HTML results are safe to insert: citeproc escapes every field value, and the inline `style` attributes it
 * writes (forbidden by the renderer's CSP) are turned into `csl-*` classes. A citation's quote is not part
 * of the formatted note: callers show it next to the note.
 */
export interface CitationFormatterOptions {
  /** The CSL style's XML. */
  style: string
  /** Locale XML by tag (`en-GB`, `en-US`); en-US should always be there, it is citeproc's fallback. */
  locales: Partial<Record<string, string>>
  /** The project's source library. */
  items: readonly CslItem[]
  /** Forces a locale; by default the style's own `default-locale`, else en-US. */
  lang?: string
}

export interface CitationFormatter {
  /** One footnote citing `citations`, in its first-reference form (HTML). Unknown sources are left out. */
  note(citations: readonly Citation[]): string
  /** The same note as plain text. */
  noteText(citations: readonly Citation[]): string
  /**
   * A document's footnotes in order, each one a list of citations: later notes take the style's
   * subsequent forms ("ibid", short forms, "n 3" cross-references). HTML, one string per note.
   */
  notes(sequence: readonly (readonly Citation[])[]): string[]
  /** The same sequence as styled runs (italics, small capitals…), for the PDF and Word exports. */
  noteRuns(sequence: readonly (readonly Citation[])[]): StyledRun[][]
  /** Bibliography entries (HTML, sorted by the style) for the given source ids, or for every source. */
  bibliography(ids?: readonly string[]): string[]
  /** Bibliography entries as plain text. */
  bibliographyText(ids?: readonly string[]): string[]
  /** Bibliography entries (HTML) with the id of the source each one describes, in the style's order. */
  bibliographyEntries(ids?: readonly string[]): BibliographyEntry[]
  /** Bibliography entries as styled runs, in the style's order. */
  bibliographyRuns(ids?: readonly string[]): StyledRun[][]
}

export interface BibliographyEntry {
  id: string
  html: string
}

/** citeproc's inline styles and the classes that replace them (styles.css gives them their look). */
const styleClasses: Record<string, string> = {
  'font-style:normal;': 'csl-roman',
  'font-style:italic;': 'csl-italic',
  'font-variant:small-caps;': 'csl-small-caps',
  'font-variant:normal;': 'csl-normal-variant',
  'font-weight:normal;': 'csl-normal-weight',
  'font-weight:bold;': 'csl-bold',
  'text-decoration:underline;': 'csl-underline',
  'text-decoration:none;': 'csl-no-underline',
  'baseline-shift:normal;': 'csl-baseline'
}

/** Replaces `style="…"` with a class (or nothing, for a style Glossa does not know) and trims whitespace. */
function withClasses(html: string): string {
  return html.replace(/ style="([^"]*)"/g, (_whole, css: string) => {
    const name = styleClasses[css.replace(/\s+/g, '')]
    return name ? ` class="${name}"` : ''
  })
}

/** A bibliography entry without citeproc's `<div class="csl-entry">` wrapper. */
function unwrapEntry(entry: string): string {
  return entry
    .trim()
    .replace(/^<div class="csl-entry">/, '')
    .replace(/<\/div>$/, '')
    .trim()
}

function toCiteprocItem(citation: Citation): CiteprocCitationItem {
  const item: CiteprocCitationItem = { id: citation.sourceId }
  if (citation.locator && citation.locator.value.trim()) {
    item.locator = citation.locator.value.trim()
    item.label = cslLocatorLabel(citation.locator.label)
  }
  return item
}

/** Creates a formatter for one style and one source library. */
export function createCitationFormatter(options: CitationFormatterOptions): CitationFormatter {
  // citeproc may annotate the objects it is given: it gets its own copies (without archived texts, no CSL variable).
  const items = new Map<string, CslItem>(options.items.map((item) => [item.id, preparedItem(JSON.parse(JSON.stringify(withoutSnapshot(item))) as CslItem)]))
  const sys = {
    retrieveLocale: (lang: string) => options.locales[lang],
    retrieveItem: (id: string) => items.get(id)
  }
  const newEngine = (): Engine => new CSL.Engine(sys, options.style, options.lang, Boolean(options.lang))
  // Building an engine compiles the style and locales (a second or more for Chicago's 240 kB): one, made on first use.
  let shared: Engine | null = null
  const engine = () => (shared ??= newEngine())

  const known = (citations: readonly Citation[]) => citations.filter((citation) => items.has(citation.sourceId))

  const cluster = (citations: readonly Citation[], format: OutputFormat) => {
    const cited = known(citations)
    if (cited.length === 0) return ''
    engine().setOutputFormat(format)
    const result = engine().makeCitationCluster(cited.map(toCiteprocItem))
    return format === 'html' ? withClasses(result) : result
  }

  /** `format` 'html' gives citeproc's own markup (inline styles), 'text' plain text. */
  const rawEntries = (ids: readonly string[] | undefined, format: OutputFormat): BibliographyEntry[] => {
    const wanted = (ids ?? [...items.keys()]).filter((id) => items.has(id))
    if (wanted.length === 0) return []
    // Registering exactly these items makes the bibliography list them and nothing else.
    engine().setOutputFormat(format)
    engine().updateItems([...new Set(wanted)])
    const made = engine().makeBibliography()
    if (!made) return []
    return made[1].map((entry, index) => ({
      id: made[0].entry_ids[index]?.[0] ?? '',
      html: format === 'html' ? unwrapEntry(entry) : entry.trim()
    }))
  }
  const entries = (ids: readonly string[] | undefined, format: OutputFormat): BibliographyEntry[] =>
    rawEntries(ids, format).map((entry) => (format === 'html' ? { ...entry, html: withClasses(entry.html) } : entry))

  /**
   * A document's notes in order, each knowing the citations before it: first full, then short, "ibid" in
   * the style's own terms. Positions are worked out in one pass (positions.ts) and each distinct cluster is
   * formatted once: commentaries cite the same source at the same place again and again.
   */
  const inSequence = (sequence: readonly (readonly Citation[])[]): string[] => {
    const cited = [...new Set(sequence.flatMap((citations) => known(citations).map((citation) => citation.sourceId)))]
    if (cited.length === 0) return sequence.map(() => '')
    // Registering the cited sources lets citeproc disambiguate them ("Smith, Secularism" against "Smith, State").
    engine().setOutputFormat('html')
    engine().updateItems(cited)
    const formatted = new Map<string, string>()
    return positionedNotes(sequence.map((citations) => known(citations).map(toCiteprocItem))).map((items) => {
      if (items.length === 0) return ''
      const key = JSON.stringify(items)
      let text = formatted.get(key)
      if (text === undefined) formatted.set(key, (text = engine().makeCitationCluster(items)))
      return text
    })
  }

  return {
    note: (citations) => cluster(citations, 'html'),
    noteText: (citations) => cluster(citations, 'text'),
    notes: (sequence) => inSequence(sequence).map(withClasses),
    noteRuns: (sequence) => inSequence(sequence).map(cslHtmlRuns),
    bibliography: (ids) => entries(ids, 'html').map((entry) => entry.html),
    bibliographyText: (ids) => entries(ids, 'text').map((entry) => entry.html),
    bibliographyEntries: (ids) => entries(ids, 'html'),
    bibliographyRuns: (ids) => rawEntries(ids, 'html').map((entry) => cslHtmlRuns(entry.html))
  }
}
