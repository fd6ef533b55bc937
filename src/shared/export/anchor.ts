import { anchorAnnotation } from '../annotations/anchor'
import { buildDocumentTextOfJSON, type TextBlock, type UnitText } from '../annotations/document-text'
import type { Annotation } from '../annotations/types'
import type { DocJSON } from '../document/types'

/**
 * Places annotations on the legal text for printing, anchored exactly as the editor anchors them
 * (src/shared/annotations/anchor.ts): what the scholar sees highlighted is what is printed. An annotation
 * that does not anchor (an orphan) gets its note call at the end of its unit's first block.
 */

/** Part of one text block that an annotation highlights, in that block's own character offsets. */
export interface Segment {
  annotationId: string
  from: number
  to: number
}

/**
 * A note call: at the end of its highlight, in its last block. `from` is where the highlight starts in its
 * unit, so of two calls at one spot the nested (later-starting) highlight's call comes first, right after
 * its own text.
 */
export interface NoteCall {
  annotationId: string
  at: number
  from: number
}

/** Where each annotation's highlight lies, and which block carries its note call (at the highlight's end). */
export interface Placement {
  segments: Map<DocJSON, Segment[]>
  calls: Map<DocJSON, NoteCall[]>
}

/** The text of a text block. */
export function blockText(block: DocJSON): string {
  return (block.content ?? []).map((child) => child.text ?? '').join('')
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Highlights a span of a unit's text, block by block, with its call after the span's last character. */
function placeSpan(placement: Placement, annotationId: string, unit: UnitText, start: number, end: number) {
  let last: TextBlock = unit.blocks[0]!
  for (const block of unit.blocks) {
    const from = Math.max(start, block.unitOffset) - block.unitOffset
    const to = Math.min(end, block.unitOffset + block.length) - block.unitOffset
    if (from < to) push(placement.segments, block.json!, { annotationId, from, to })
    if (block.unitOffset < end) last = block
  }
  push(placement.calls, last.json!, { annotationId, at: Math.min(end - last.unitOffset, last.length), from: start })
}

/** Places each annotation on the document; one whose unit is gone is left out, one that cannot anchor is called at its unit's start. */
export function placeAnnotations(doc: DocJSON, annotations: Annotation[]): Placement {
  const text = buildDocumentTextOfJSON(doc)
  const placement: Placement = { segments: new Map(), calls: new Map() }
  for (const annotation of annotations) {
    const anchor = anchorAnnotation(text, annotation)
    if (anchor) {
      const { eId, position } = anchor.target
      placeSpan(placement, annotation.id, text.units.get(eId)!, position.start, position.end)
      continue
    }
    const first = text.units.get(annotation.target.eId)?.blocks[0]
    if (first) push(placement.calls, first.json!, { annotationId: annotation.id, at: first.length, from: 0 })
  }
  return placement
}
