import type { EditionStructure, EditionUnit, Segment } from './units'
import type { WordChange } from './word-diff'

/** What an alignment of two editions says about each article, clause and container (see align.ts). */

export type PairStatus = 'unchanged' | 'changed' | 'inserted' | 'deleted'

export interface SegmentPair {
  from: Segment | null
  to: Segment | null
  status: PairStatus
  renumbered: boolean
  /** The word diff of a changed segment. */
  diff?: WordChange[]
}

export interface ArticlePair {
  from: EditionUnit | null
  to: EditionUnit | null
  status: PairStatus
  /** Paired articles whose numbers differ. */
  renumbered: boolean
  /** Paired articles out of the order of the others, or now in another part or chapter. */
  moved: boolean
  segments: SegmentPair[]
}

export interface ContainerPair {
  from: EditionUnit | null
  to: EditionUnit | null
  status: PairStatus
}

export interface EditionAlignment {
  old: EditionStructure
  revised: EditionStructure
  /** One entry per article of either edition, in the revised edition's order, deleted ones where they stood. */
  articles: ArticlePair[]
  containers: ContainerPair[]
  /** The pair of an old edition's article or container, by its eId. */
  pairOf(oldEId: string): ArticlePair | ContainerPair | undefined
}

export interface AlignOptions {
  /** BCP 47 language of the texts, for the word diff (default en). */
  language?: string
  /**
   * `structure` pairs articles and clauses by their numbers alone, in order: for the same law in two languages,
   * whose wordings cannot be compared. Pairs still say whether the text is the same (a translation never is)
   * and carry no word diff. Default `content`.
   */
  by?: 'content' | 'structure'
}
