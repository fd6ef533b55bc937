import type { Annotation, AnnotationTarget } from './types'
import { unitOffsetAtDocOffset, type DocumentText, type UnitText } from './document-text'
import { fitToContext, matchQuote, type QuoteMatch } from './match-quote'
import { rangeFromUnitOffsets, targetFromUnitOffsets, type DocRange } from './selectors'

/**
 * Anchors annotation targets in a corrected document: the stored position if the quote is still there;
 * else the quote in its own unit, exactly and then approximately; only then the quote anywhere else, exactly
 * and then approximately (a passage moved by an edit), with context and nearness deciding among repeats.
 * Laws repeat their wording verbatim, so the exact words in another article must never win over the note's
 * own, reworded text (issue 12). Across editions, where eIds name other articles after a renumbering, notes
 * go through the alignment instead (src/shared/editions/carry.ts). What cannot anchor is an orphan: it is
 * listed, never dropped.
 */

/** How a target was found. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

/** A target found in the document: its range, the target as it reads now, and how it was found. */
export interface Anchor {
  range: DocRange
  /** The selectors rebuilt from the match (the quote, eId and offsets may have changed). */
  target: AnnotationTarget
  method: AnchorMethod
}

/** The anchors of a set of annotations and the ids of those that could not anchor, in input order. */
export interface AnchorResult {
  anchors: Map<string, Anchor>
  orphans: string[]
}

/**
 * Whether an approximate match is trustworthy. Hypothesis accepts any match within quote length / 2 edits;
 * legal texts repeat their wording, so a deleted quote would land on a sibling clause. A match must be close
 * in itself, or less close but with the text before or after it still in place.
 */
export function trustworthy(match: QuoteMatch): boolean {
  return match.quoteScore >= 0.75 || (match.quoteScore >= 0.5 && match.contextScore >= 0.75)
}

function anchorInUnit(unit: UnitText, start: number, end: number, method: AnchorMethod): Anchor | null {
  if (end <= start) return null
  return { range: rangeFromUnitOffsets(unit, start, end), target: targetFromUnitOffsets(unit, start, end), method }
}

function anchorInDocument(text: DocumentText, match: QuoteMatch, method: AnchorMethod): Anchor | null {
  const start = unitOffsetAtDocOffset(text, match.start)
  if (!start) return null
  const unit = text.units.get(start.block.eId)!
  const end = unitOffsetAtDocOffset(text, match.end)
  // A match that runs into the next unit is cut at its own unit's end: an annotation belongs to one unit.
  const endOffset = end && end.block.eId === unit.eId ? end.unitOffset : unit.text.length
  return anchorInUnit(unit, start.unitOffset, endOffset, method)
}

/** Where the unit's text starts in the whole document's text, to turn a unit hint into a document hint. */
function docOffsetOfUnit(unit: UnitText | undefined): number | undefined {
  return unit?.blocks[0]?.docOffset
}

/** Anchors one target, or returns null: the annotation is orphaned. */
export function anchorTarget(text: DocumentText, target: AnnotationTarget): Anchor | null {
  const { exact, prefix, suffix } = target.quote
  if (exact.length === 0) return null
  const unit = text.units.get(target.eId)
  const { start, end } = target.position
  if (unit && unit.text.slice(start, end) === exact) return anchorInUnit(unit, start, end, 'position')

  const unitContext = { prefix, suffix, hint: start }
  const unitBase = docOffsetOfUnit(unit)
  const docContext = { prefix, suffix, hint: unitBase === undefined ? undefined : unitBase + start }
  const inUnit = unit && matchQuote(unit.text, exact, unitContext, true)
  if (inUnit) return anchorInUnit(unit, inUnit.start, inUnit.end, 'quote')
  const fuzzyInUnit = unit && matchQuote(unit.text, exact, unitContext)
  if (fuzzyInUnit && trustworthy(fuzzyInUnit)) {
    const fitted = fitToContext(unit.text, fuzzyInUnit, exact.length, unitContext)
    return anchorInUnit(unit, fitted.start, fitted.end, 'fuzzy')
  }
  const inDocument = matchQuote(text.text, exact, docContext, true)
  if (inDocument) return anchorInDocument(text, inDocument, 'quote')
  const fuzzyInDocument = matchQuote(text.text, exact, docContext)
  if (fuzzyInDocument && trustworthy(fuzzyInDocument)) {
    return anchorInDocument(text, { ...fuzzyInDocument, ...fitToContext(text.text, fuzzyInDocument, exact.length, docContext) }, 'fuzzy')
  }
  return null
}

/** Anchors every annotation; each one either anchors or is listed as an orphan. */
export function anchorAll(text: DocumentText, annotations: readonly Annotation[]): AnchorResult {
  const anchors = new Map<string, Anchor>()
  const orphans: string[] = []
  for (const annotation of annotations) {
    const anchor = anchorTarget(text, annotation.target)
    if (anchor) anchors.set(annotation.id, anchor)
    else orphans.push(annotation.id)
  }
  return { anchors, orphans }
}
