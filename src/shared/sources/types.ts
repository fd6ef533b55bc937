/**
 * A source in the project's library, stored as a CSL-JSON item (the format Zotero, citation-js and citeproc
 * share). Only the fields Glossa edits are named; any other CSL-JSON field is kept as it came.
 */
export type CslType = 'legislation' | 'article-journal' | 'article-newspaper' | 'book' | 'chapter' | 'legal_case' | 'webpage' | 'report' | 'treaty' | 'document'

export interface CslName {
  family?: string
  given?: string
  literal?: string
}

export interface CslDate {
  'date-parts'?: [number, number?, number?][]
  raw?: string
}

/**
 * A source's text kept in the project (an offline archive of a saved page, PDF, DOCX or pasted text):
 * the readable text without site chrome or images, one paragraph a line. Not CSL-JSON: left out of what
 * citeproc reads and of Web Annotation export unless asked.
 */
export interface SourceSnapshot {
  text: string
  /** The text's language: kk, ru or en. */
  language: string
  /** When the text was taken (ISO 8601). */
  takenAt: string
  /** The name of the file it was taken from, never its path. */
  fileName: string
}

export interface CslItem {
  id: string
  type: CslType | string
  title?: string
  author?: CslName[]
  editor?: CslName[]
  publisher?: string
  'publisher-place'?: string
  'container-title'?: string
  issued?: CslDate
  accessed?: CslDate
  URL?: string
  language?: string
  snapshot?: SourceSnapshot
  [field: string]: unknown
}

/** The citation styles shipped with Glossa (CSL files in resources/csl). */
export type CitationStyleId = 'oscola' | 'chicago-note-bibliography' | 'gost-r-7-0-5-2008'
