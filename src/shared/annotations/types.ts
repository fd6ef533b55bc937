import type { DocJSON } from '../document/types'

/**
 * The annotation model, after the W3C Web Annotation data model: a target (where in the legal text) and
 * bodies (what the scholar says about it). This file is the contract the annotation, merge, exchange and
 * export features share; each feature's own files build on it.
 */

/** Who wrote something: a random id per install, a display name and a colour. */
export interface Author {
  id: string
  name: string
  color: string
}

/** The exact quoted text with up to 32 characters of context on each side (as the Hypothesis client keeps). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Character offsets into the plain text of the unit named by the target's `eId`. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface AnnotationTarget {
  /** The enclosing article's eId (`art_12`), or `preamble`, or a part's eId for text outside any article. */
  eId: string
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/**
 * Commentary: rich text (bold, italic, lists, links, block quotes) kept as ProseMirror JSON of the
 * commentary schema, never as HTML, so no markup from a file can run. Empty commentary has no content.
 */
export interface Commentary {
  doc: DocJSON
}

/** Where in a source a claim is supported: CSL locator labels, plus `article` for legal acts. */
export type LocatorLabel = 'page' | 'paragraph' | 'section' | 'chapter' | 'article' | 'clause' | 'line' | 'note'

export interface Citation {
  /** The CSL-JSON item's id in the project's source library. */
  sourceId: string
  locator?: { label: LocatorLabel; value: string }
  quote?: string
  /**
   * Where the quote stands in the source's archived text: up to 32 characters before and after it, so that
   * with `quote` it is a W3C TextQuoteSelector into the source (absent for quotes typed by hand).
   */
  quoteContext?: { prefix: string; suffix: string }
}

export interface Reply {
  id: string
  author: Author
  created: string
  modified: string
  body: Commentary
}

/**
 * How a note stands in an edition it was carried to (src/shared/editions/carry.ts): exact (same words, same
 * place), moved (same words, renumbered or moved), changed (reworded: placed by fuzzy match, to review),
 * orphaned (its words were deleted: its target is where they last stood).
 */
export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphaned'

/** A note's place in one edition of the work. */
export interface EditionAnchor {
  target: AnnotationTarget
  status: AnchorStatus
}

export interface Annotation {
  id: string
  author: Author
  created: string
  modified: string
  target: AnnotationTarget
  /** Tag ids from the project's taxonomy. */
  tags: string[]
  body: Commentary
  citations: Citation[]
  /** eIds of other articles this commentary refers to ("see Article 19"). */
  links: string[]
  replies: Reply[]
  /** Its place in the work's other editions, by edition id (project schema v3); absent when there are none. */
  anchors?: Record<string, EditionAnchor>
  /** Its words are not in the edition being read; `target` is where they last stood. Listed, never dropped. */
  orphan?: true
  /**
   * Carried to the edition being read changed or orphaned, from the edition `from` (its old wording is
   * `anchors[from]`), and not yet reviewed: listed in the review queue.
   */
  review?: { from: string }
}

/** A node of the project's tag taxonomy, e.g. "Values > Secularism". */
export interface Tag {
  id: string
  name: string
  color: string
  description: string
  parentId: string | null
}
