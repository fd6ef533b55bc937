import { findQuote, quoteAtPosition } from '../annotations/anchor'
import type { QuoteContext } from '../annotations/match-quote'
import { targetFromUnitOffsets } from '../annotations/selectors'
import type { Annotation, AnnotationTarget } from '../annotations/types'
import type { DocJSON } from '../document/types'
import { alignEditions, type AlignOptions, type ArticlePair, type ContainerPair, type EditionAlignment, type SegmentPair } from './align'
import type { EditionUnit } from './units'
import { mapOffset } from './word-diff'

/**
 * Carries notes from one edition of a law to another through the alignment, never through the stored eId
 * alone (after a renumbering `art_40` names the old Article 39). Each note looks first in its own aligned
 * article and clause, and never in another article:
 * - exact: the same words in the same clause of the same article, the clause itself unchanged;
 * - moved: the same words, but the article or clause was renumbered or moved;
 * - changed: the clause was reworded, or the words were found only approximately or elsewhere in the
 *   note's own article: placed, and flagged for review;
 * - orphaned: the article, the clause or the words were deleted. The note keeps its old target.
 * Nothing is dropped.
 */

export type CarryStatus = 'exact' | 'moved' | 'changed' | 'orphaned'

/** Where one note went. */
export interface CarriedNote {
  id: string
  /** The eId of the annotated unit in the old edition. */
  from: string
  /** The eId of the annotated unit in the new edition; null for an orphan. */
  to: string | null
  status: CarryStatus
  /** The target in the new edition; an orphan's is its old one, its eId moved to its own article's new eId where that survives. */
  target: AnnotationTarget
}

export interface CarryResult {
  alignment: EditionAlignment
  notes: CarriedNote[]
  /** The annotations with their targets in the new edition, in input order. */
  annotations: Annotation[]
}

interface Span {
  start: number
  end: number
}

const asUnitText = (unit: EditionUnit) => ({ eId: unit.eId, text: unit.text, blocks: [] })

/** Where the note's quote stands in its old unit: the stored offsets, or its words found in that unit. */
function oldSpan(unit: EditionUnit, target: AnnotationTarget): Span | null {
  if (quoteAtPosition(unit, target)) return { start: target.position.start, end: target.position.end }
  const found = findQuote(unit.text, target.quote.exact, { prefix: target.quote.prefix, suffix: target.quote.suffix, hint: target.position.start })
  return found && { start: found.start, end: found.end }
}

/** The quote in `region` of `text` (anchor.ts's search): exactly, else (unless `exactOnly`) approximately if trustworthy. */
function findIn(text: string, region: Span, quote: string, context: QuoteContext, exactOnly = false): { span: Span; exact: boolean } | null {
  const local = { ...context, hint: context.hint === undefined ? undefined : context.hint - region.start }
  const found = findQuote(text.slice(region.start, region.end), quote, local, exactOnly)
  return found && { span: { start: region.start + found.start, end: region.start + found.end }, exact: found.exact }
}

/** The segment pairs whose old segment the span touches. */
function coveredSegments(pair: ArticlePair, span: Span): SegmentPair[] {
  return pair.segments.filter((segment) => segment.from && segment.from.start < span.end && segment.from.end > span.start)
}

/** Carries an offset of the old article to the new one through its segment's pair (and word diff). */
function mapThrough(segment: SegmentPair, offset: number, side: 'start' | 'end'): number {
  const inside = offset - segment.from!.start
  const moved = segment.diff ? mapOffset(segment.diff, inside, side) : inside
  return segment.to!.start + Math.min(moved, segment.to!.end - segment.to!.start)
}

/** The note's span carried through the word diff of its reworded clause(s), or null if its words were deleted. */
function mapSpan(covered: SegmentPair[], span: Span, text: string): Span | null {
  const first = covered.find((segment) => segment.from!.start <= span.start && span.start <= segment.from!.end)
  const last = [...covered].reverse().find((segment) => segment.from!.start <= span.end && span.end <= segment.from!.end)
  // Only a known change can be followed: a pair by number alone (another language) has none.
  const followable = (segment: SegmentPair | undefined) => segment?.to && (segment.status === 'unchanged' || segment.diff)
  if (!followable(first) || !followable(last)) return null
  const mapped = { start: mapThrough(first!, span.start, 'start'), end: mapThrough(last!, span.end, 'end') }
  return mapped.end > mapped.start && text.slice(mapped.start, mapped.end).trim() !== '' ? mapped : null
}

/**
 * Places a note in its own article of the new edition: its words in its own clause(s) (exact or moved, or
 * changed if the clause was reworded), else what its words became through the word diff, else the article's
 * new clauses, else anywhere in the article (changed). Null when its clause or words were deleted.
 */
function placeInArticle(pair: ArticlePair, span: Span, target: AnnotationTarget): { span: Span; status: CarryStatus } | null {
  const to = pair.to!
  const { exact, prefix, suffix } = target.quote
  const covered = coveredSegments(pair, span)
  const kept = covered.filter((segment) => segment.to)
  const first = covered[0]
  const hint = first?.from && first.to ? first.to.start + (span.start - first.from.start) : span.start
  const context = { prefix, suffix, hint }
  if (kept.length > 0) {
    const region = { start: Math.min(...kept.map((segment) => segment.to!.start)), end: Math.max(...kept.map((segment) => segment.to!.end)) }
    const found = findIn(to.text, region, exact, context, true)
    if (found) {
      const reworded = kept.length < covered.length || kept.some((segment) => segment.status !== 'unchanged')
      const renumbered = pair.renumbered || pair.moved || kept.some((segment) => segment.renumbered)
      return { span: found.span, status: reworded ? 'changed' : renumbered ? 'moved' : 'exact' }
    }
    // Reworded: the note covers what its words became.
    const mapped = mapSpan(covered, span, to.text)
    if (mapped) return { span: mapped, status: 'changed' }
  }
  // Its clause was deleted or its words are gone from it: the new clauses of its own article, then the whole article.
  for (const segment of pair.segments.filter((candidate) => !candidate.from && candidate.to)) {
    const found = findIn(to.text, segment.to!, exact, context)
    if (found) return { span: found.span, status: 'changed' }
  }
  if (kept.length === 0 && covered.length > 0) return null
  const found = findIn(to.text, { start: 0, end: to.text.length }, exact, context)
  return found && { span: found.span, status: 'changed' }
}

/** Places a note on a preamble's or a part's own text (its heading): there is no clause to look in first. */
function placeInContainer(pair: ContainerPair, span: Span, target: AnnotationTarget): { span: Span; status: CarryStatus } | null {
  const to = pair.to!
  const found = findIn(to.text, { start: 0, end: to.text.length }, target.quote.exact, { prefix: target.quote.prefix, suffix: target.quote.suffix, hint: span.start })
  if (!found) return null
  const status = !found.exact || pair.status !== 'unchanged' ? 'changed' : pair.from!.eId !== to.eId ? 'moved' : 'exact'
  return { span: found.span, status }
}

/** Carries one note through an alignment. */
export function carryNote(alignment: EditionAlignment, annotation: Annotation): CarriedNote {
  const { target } = annotation
  const orphan = (eId: string | undefined): CarriedNote => ({ id: annotation.id, from: target.eId, to: null, status: 'orphaned', target: { ...target, eId: eId ?? target.eId } })
  const pair = alignment.pairOf(target.eId)
  if (!pair?.from || !pair.to) return orphan(undefined)
  const span = oldSpan(pair.from, target)
  if (!span) return orphan(pair.to.eId)
  const placed = 'segments' in pair ? placeInArticle(pair, span, target) : placeInContainer(pair, span, target)
  if (!placed) return orphan(pair.to.eId)
  return { id: annotation.id, from: target.eId, to: pair.to.eId, status: placed.status, target: targetFromUnitOffsets(asUnitText(pair.to), placed.span.start, placed.span.end) }
}

/**
 * Carries every note from the edition `oldDoc` to `newDoc`: the one path for carrying notes to a new
 * edition, importing a revised version and merging a file that annotates another version of the text.
 */
export function carryAnnotations(oldDoc: DocJSON, newDoc: DocJSON, annotations: readonly Annotation[], options: AlignOptions = {}): CarryResult {
  const alignment = alignEditions(oldDoc, newDoc, options)
  const notes = annotations.map((annotation) => carryNote(alignment, annotation))
  return { alignment, notes, annotations: annotations.map((annotation, index) => ({ ...annotation, target: notes[index]!.target })) }
}
