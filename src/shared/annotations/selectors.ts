import type { AnnotationTarget } from './types'
import { blockAtPos, posAtUnitOffset, unitOffsetAt, type DocumentText, type UnitText } from './document-text'

/**
 * W3C Web Annotation selectors to and from document ranges. A target names its unit's eId and keeps a
 * TextQuoteSelector (the quote with 32 characters of context each side, as the Hypothesis client keeps)
 * and a TextPositionSelector (offsets in the unit's text).
 */

/** Characters of context kept before and after a quote. */
export const contextLength = 32

/** A range of document positions. */
export interface DocRange {
  from: number
  to: number
}

/** Builds the selectors of a unit-text span. */
export function targetFromUnitOffsets(unit: UnitText, start: number, end: number): AnnotationTarget {
  return {
    eId: unit.eId,
    quote: {
      type: 'TextQuoteSelector',
      exact: unit.text.slice(start, end),
      prefix: unit.text.slice(Math.max(0, start - contextLength), start),
      suffix: unit.text.slice(end, end + contextLength)
    },
    position: { type: 'TextPositionSelector', start, end }
  }
}

/**
 * The target of a document range, or null when the range holds no annotatable text (empty, only
 * whitespace, or in the title). A range that runs past its unit is cut at the unit's end: an annotation
 * belongs to one article.
 */
export function targetFromRange(text: DocumentText, range: DocRange): AnnotationTarget | null {
  const startBlock = blockAtPos(text, range.from)
  if (!startBlock) return null
  const unit = text.units.get(startBlock.eId)!
  const endBlock = blockAtPos(text, range.to)
  let start = unitOffsetAt(startBlock, range.from)
  // A start just past its block's end (a position between blocks) belongs to the next block.
  if (range.from > startBlock.pos + startBlock.length) {
    const next = text.blocks[text.blocks.indexOf(startBlock) + 1]
    if (!next || next.eId !== unit.eId) return null
    start = next.unitOffset
  }
  const end = endBlock && endBlock.eId === unit.eId ? unitOffsetAt(endBlock, range.to) : unit.text.length
  if (end <= start) return null
  const target = targetFromUnitOffsets(unit, start, end)
  return target.quote.exact.trim() === '' ? null : target
}

/** The document range of offsets in a unit's text. */
export function rangeFromUnitOffsets(unit: UnitText, start: number, end: number): DocRange {
  return { from: posAtUnitOffset(unit, start, 'start'), to: posAtUnitOffset(unit, end, 'end') }
}
