import type { LocatorLabel } from '../annotations/types'
import type { MessageKey } from '../i18n/messages.en'

/**
 * An annotation read from a Web Annotation or Hypothesis file, before it is placed in a document. What it
 * holds is untrusted: HTML must be sanitised before use, ids and eIds checked against the project.
 */
export interface ExternalAnnotation {
  /** Where the entry sits in its file (1-based), for the report. */
  entry: number
  /** The entry's own id (an IRI, or Hypothesis's bare id); null when it has none. */
  id: string | null
  /** The id of the annotation this one replies to (W3C `motivation: replying`, Hypothesis `references`). */
  replyTo: string | null
  created: string | null
  modified: string | null
  creator: string | null
  /** The creator's id when it is an IRI, so authors survive a round trip. */
  creatorId: string | null
  /** The unit (article) a FragmentSelector or an IRI fragment names; a hint, checked against the text. */
  eId: string | null
  quote: { exact: string; prefix: string; suffix: string } | null
  /** Offsets in the named unit's text (a TextPositionSelector refining the fragment). */
  position: { start: number; end: number } | null
  /** Where the quote starts in the whole page, as other tools count (a top-level TextPositionSelector). */
  hint: number | null
  /** Commentary, in order: HTML (to be sanitised) or plain text (Hypothesis writes Markdown). */
  comments: ExternalComment[]
  /** Addresses given as bodies (external web resources), kept as links in the commentary. */
  resources: string[]
  tags: ExternalTag[]
  citations: ExternalCitation[]
  /** eIds of articles the annotation links to. */
  links: string[]
}

export interface ExternalComment {
  value: string
  html: boolean
}

/** A tag by its path from the root of a taxonomy ("Values > Secularism" is `['Values', 'Secularism']`). */
export interface ExternalTag {
  path: string[]
}

export interface ExternalCitation {
  /** The Glossa source id, when the body names one (`urn:glossa:source:…`). */
  sourceId: string | null
  /** The cited work's title, to find it in a project that gave it another id. */
  title: string | null
  locator?: { label: LocatorLabel; value: string }
  quote?: string
}

/** Why an entry of a file was not taken, or which part of a taken entry was left out. */
export interface EntryNote {
  entry: number
  id: string | null
  code: MessageKey
  params?: Record<string, string | number>
}
