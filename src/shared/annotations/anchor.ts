import type { Annotation, AnnotationTarget } from './types'
import { unitOffsetAtDocOffset, type DocumentText, type UnitText } from './document-text'
import { fitToContext, matchQuote, type QuoteContext, type QuoteMatch } from './match-quote'
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

/** A span of a text where a quote was found, and whether its words were found exactly. */
export interface FoundQuote {
  start: number
  end: number
  exact: boolean
}

/**
 * The quote in `text`: exactly (context and nearness to `hint` ranking repeats), else, unless `exactOnly`,
 * approximately when trustworthy, its ends fitted to the stored context. The one search every anchoring
 * (editor, export, exchange, merge, carrying) uses, on a unit's text, a region of it or the whole document.
 */
export function findQuote(text: string, quote: string, context: QuoteContext, exactOnly = false): FoundQuote | null {
  const exact = matchQuote(text, quote, context, true)
  if (exact) return { start: exact.start, end: exact.end, exact: true }
  if (exactOnly) return null
  const fuzzy = matchQuote(text, quote, context)
  if (!fuzzy || !trustworthy(fuzzy)) return null
  const fitted = fitToContext(text, fuzzy, quote.length, context)
  return fitted.end > fitted.start ? { ...fitted, exact: false } : null
}

/** Whether the stored offsets still hold the quote in this unit. */
export function quoteAtPosition(unit: Pick<UnitText, 'text'>, target: Pick<AnnotationTarget, 'quote' | 'position'>): boolean {
  const { start, end } = target.position
  return end > start && unit.text.slice(start, end) === target.quote.exact
}

function anchorInUnit(unit: UnitText, start: number, end: number, method: AnchorMethod): Anchor | null {
  if (end <= start) return null
  return { range: rangeFromUnitOffsets(unit, start, end), target: targetFromUnitOffsets(unit, start, end), method }
}

/** A span of the whole document's text as a unit's span, cut at its unit's end (an annotation belongs to one unit). */
export function unitSpanOfDocSpan(text: DocumentText, start: number, end: number): { unit: UnitText; start: number; end: number } | null {
  const from = unitOffsetAtDocOffset(text, start)
  if (!from) return null
  const unit = text.units.get(from.block.eId)!
  const to = unitOffsetAtDocOffset(text, end)
  return { unit, start: from.unitOffset, end: to && to.block.eId === unit.eId ? to.unitOffset : unit.text.length }
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
  if (unit && quoteAtPosition(unit, target)) return anchorInUnit(unit, start, end, 'position')

  const inUnit = unit && findQuote(unit.text, exact, { prefix, suffix, hint: start })
  if (inUnit) return anchorInUnit(unit, inUnit.start, inUnit.end, inUnit.exact ? 'quote' : 'fuzzy')
  const unitBase = docOffsetOfUnit(unit)
  const inDocument = findQuote(text.text, exact, { prefix, suffix, hint: unitBase === undefined ? undefined : unitBase + start })
  const span = inDocument && unitSpanOfDocSpan(text, inDocument.start, inDocument.end)
  return span ? anchorInUnit(span.unit, span.start, span.end, inDocument.exact ? 'quote' : 'fuzzy') : null
}

/** Anchors an annotation; one the scholar kept as an orphan (its words are not in this edition) stays one. */
export function anchorAnnotation(text: DocumentText, annotation: Pick<Annotation, 'target' | 'orphan'>): Anchor | null {
  return annotation.orphan ? null : anchorTarget(text, annotation.target)
}

/** Anchors every annotation; each one either anchors or is listed as an orphan. */
export function anchorAll(text: DocumentText, annotations: readonly Annotation[]): AnchorResult {
  const anchors = new Map<string, Anchor>()
  const orphans: string[] = []
  for (const annotation of annotations) {
    const anchor = anchorAnnotation(text, annotation)
    if (anchor) anchors.set(annotation.id, anchor)
    else orphans.push(annotation.id)
  }
  return { anchors, orphans }
}
