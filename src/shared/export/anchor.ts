import type { Annotation } from '../annotations/types'
import type { DocJSON } from '../document/types'

/**
 * Places annotations on the legal text for printing. A target's position counts characters in the plain
 * text of its unit as src/shared/annotations/document-text.ts defines it: the text blocks that belong to
 * the unit itself (not to an article, chapter or part inside it), joined by "\n";
 * if the text there no longer matches the quote, the quote's nearest occurrence is used, so a note never
 * lands on the wrong words.
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

const isTextBlock = (node: DocJSON) => node.type === 'paragraph' || node.type === 'heading'

/** The text of a text block. */
export function blockText(block: DocJSON): string {
  return (block.content ?? []).map((child) => child.text ?? '').join('')
}

const anchoringUnits = new Set(['article', 'chapter', 'part', 'preamble'])

/** The text blocks that belong to `unit` itself, in order, with where each starts in the unit's plain text. */
function textBlocks(unit: DocJSON): { block: DocJSON; start: number; text: string }[] {
  const blocks: { block: DocJSON; start: number; text: string }[] = []
  let offset = 0
  const visit = (node: DocJSON, isUnit: boolean) => {
    if (!isUnit && anchoringUnits.has(node.type)) return
    if (isTextBlock(node)) {
      if (blocks.length > 0) offset += 1
      const text = blockText(node)
      blocks.push({ block: node, start: offset, text })
      offset += text.length
    } else node.content?.forEach((child) => visit(child, false))
  }
  visit(unit, true)
  return blocks
}

/** The unit nodes of a document by eId. */
function unitsByEId(doc: DocJSON): Map<string, DocJSON> {
  const units = new Map<string, DocJSON>()
  const visit = (node: DocJSON) => {
    const eId = node.attrs?.['eId']
    if (typeof eId === 'string' && eId && !units.has(eId)) units.set(eId, node)
    if (!isTextBlock(node)) node.content?.forEach(visit)
  }
  visit(doc)
  return units
}

/** The range of `exact` in `text`: at `start` if it is there, else the occurrence nearest to `start`. */
export function locateQuote(text: string, exact: string, start: number): { from: number; to: number } | undefined {
  if (!exact) return undefined
  if (text.startsWith(exact, start)) return { from: start, to: start + exact.length }
  let best: number | undefined
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (best === undefined || Math.abs(at - start) < Math.abs(best - start)) best = at
  }
  return best === undefined ? undefined : { from: best, to: best + exact.length }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Places each annotation on the document; one whose unit or quote cannot be found gets its call at the unit's first block. */
export function placeAnnotations(doc: DocJSON, annotations: Annotation[]): Placement {
  const units = unitsByEId(doc)
  const blocksOf = new Map<DocJSON, ReturnType<typeof textBlocks>>()
  const placement: Placement = { segments: new Map(), calls: new Map() }
  for (const annotation of annotations) {
    const unit = units.get(annotation.target.eId)
    if (!unit) continue
    if (!blocksOf.has(unit)) blocksOf.set(unit, textBlocks(unit))
    const blocks = blocksOf.get(unit)!
    if (blocks.length === 0) continue
    const text = blocks.map((entry) => entry.text).join('\n')
    const range = locateQuote(text, annotation.target.quote.exact, annotation.target.position.start)
    if (!range) {
      push(placement.calls, blocks[0]!.block, { annotationId: annotation.id, at: blocks[0]!.text.length, from: 0 })
      continue
    }
    for (const entry of blocks) {
      const from = Math.max(range.from, entry.start) - entry.start
      const to = Math.min(range.to, entry.start + entry.text.length) - entry.start
      if (from < to) push(placement.segments, entry.block, { annotationId: annotation.id, from, to })
    }
    const last = [...blocks].reverse().find((entry) => entry.start < range.to) ?? blocks[0]!
    push(placement.calls, last.block, { annotationId: annotation.id, at: Math.min(range.to - last.start, last.text.length), from: range.from })
  }
  return placement
}
