import type { CslItem, CslName, CslType } from '../types'
import type { FoundDate } from './dates'

/**
 * What reading a saved page, a PDF, a DOCX or pasted text found about a source, each field with where it
 * was found, so that the user can judge it in the source form before it is added.
 */

/** Where a field was found: a tag vocabulary of the page, its visible text, or the file itself. */
export type FieldOrigin = 'json-ld' | 'citation' | 'dublin-core' | 'open-graph' | 'html' | 'text' | 'file'

export interface Found<T> {
  value: T
  origin: FieldOrigin
}

/** The fields Glossa reads from a page; the names are the CSL-JSON variables they fill. */
export interface FoundFields {
  title?: Found<string>
  author?: Found<CslName[]>
  'container-title'?: Found<string>
  issued?: Found<FoundDate>
  URL?: Found<string>
  language?: Found<string>
  section?: Found<string>
  /** The dateline's place ("ASTANA –"): where the story was filed. */
  'event-place'?: Found<string>
  /** The kind of page a tag declares ("NewsArticle", og:type "article", "Legislation"). */
  kind?: Found<string>
}

export type FoundFieldName = Exclude<keyof FoundFields, 'kind'>

/** A source read from a file: its fields with their origins, the type they suggest, and the readable text. */
export interface SourceReading {
  fields: FoundFields
  type: Found<CslType>
  /** The readable text, one paragraph a line, without site chrome. */
  paragraphs: string[]
  /** The text's language (kk, ru or en), from its letters. */
  textLanguage: 'kk' | 'ru' | 'en'
}

/** What main hands the renderer for "Add source from file…": the source made, and where each field came from. */
export interface SourceFromFile {
  fileName: string
  /** The source with its archived text, and an id suggested from its author and year. */
  item: CslItem
  origins: Partial<Record<FoundFieldName | 'type', FieldOrigin>>
}

/** A reader's fields before their origin is attached. */
export type FieldValues = { [K in keyof FoundFields]?: NonNullable<FoundFields[K]>['value'] }
