/**
 * The part of citeproc-js (no published types) that Glossa uses. See the citeproc-js manual:
 * https://citeproc-js.readthedocs.io/en/latest/running.html
 */
declare module 'citeproc' {
  /** What citeproc asks the host for: locale XML by tag (`en-GB`), and CSL-JSON items by id. */
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | undefined
    retrieveItem(id: string): object | undefined
  }

  export interface CiteprocCitationItem {
    id: string
    locator?: string
    label?: string
  }

  export interface CiteprocCitation {
    citationID: string
    citationItems: CiteprocCitationItem[]
    properties: { noteIndex: number }
  }

  export type OutputFormat = 'html' | 'text' | 'rtf'

  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean)
    opt: { lang: string; mode: OutputFormat }
    setOutputFormat(format: OutputFormat): void
    updateItems(ids: string[]): void
    makeCitationCluster(items: CiteprocCitationItem[]): string
    /** Formats citations in document order; returns [citationID, noteIndex, formatted] per citation. */
    rebuildProcessorState(citations: CiteprocCitation[], mode?: OutputFormat): [string, number, string][]
    /** [metadata, entries]; false when the style has no bibliography. */
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false
  }

  const CSL: { Engine: typeof Engine }
  export default CSL
}
