import type { Node as PMNode } from 'prosemirror-model'
import type { DocJSON } from '../document/types'

/**
 * The plain text of a legal document, as annotation selectors see it. Each text block (heading or
 * paragraph) belongs to its innermost anchoring unit: an article, or else a chapter, a part or the preamble.
 * A unit's text is its blocks' text joined by "\n"; labels ("Article 5", "1.") are attributes, not text,
 * so renumbering never moves an annotation. The document title belongs to no unit and cannot be annotated.
 */

/** One text block: where its content starts in the document and in its unit's text. */
export interface TextBlock {
  /** Document position where the block's content starts. */
  pos: number
  length: number
  /** The eId of the unit the block belongs to. */
  eId: string
  /** Offset of the block's first character in its unit's text. */
  unitOffset: number
  /** Offset of the block's first character in the whole document's text. */
  docOffset: number
  /** The block's node in the JSON the text was built from (buildDocumentTextOfJSON), for the export. */
  json?: DocJSON
}

/** One anchoring unit's plain text and the blocks it is made of. */
export interface UnitText {
  eId: string
  text: string
  blocks: TextBlock[]
}

/** The whole document's text (all units' blocks in document order, joined by "\n") and its units. */
export interface DocumentText {
  text: string
  blocks: TextBlock[]
  units: Map<string, UnitText>
}

const unitTypes = new Set(['article', 'chapter', 'part', 'preamble'])

/** What the walk reads of a node, from ProseMirror or from its JSON (one walk, so both give the same text). */
interface NodeAccess<N> {
  isTextblock(node: N): boolean
  text(node: N): string
  unitEId(node: N): string | null
  /** Each child with its offset from the start of the node's content. */
  forEachChild(node: N, visit: (child: N, offset: number) => void): void
  json?(node: N): DocJSON
}

function walkDocument<N>(doc: N, access: NodeAccess<N>): DocumentText {
  const blocks: TextBlock[] = []
  const units = new Map<string, UnitText>()
  const docParts: string[] = []
  let docOffset = 0
  const visit = (node: N, pos: number, eId: string | null) => {
    if (access.isTextblock(node)) {
      if (eId === null) return
      let unit = units.get(eId)
      if (!unit) {
        unit = { eId, text: '', blocks: [] }
        units.set(eId, unit)
      }
      const text = access.text(node)
      if (unit.blocks.length > 0) unit.text += '\n'
      if (blocks.length > 0) {
        docParts.push('\n')
        docOffset += 1
      }
      const block: TextBlock = { pos: pos + 1, length: text.length, eId, unitOffset: unit.text.length, docOffset }
      if (access.json) block.json = access.json(node)
      unit.text += text
      unit.blocks.push(block)
      blocks.push(block)
      docParts.push(text)
      docOffset += text.length
      return
    }
    const own = access.unitEId(node)
    access.forEachChild(node, (child, offset) => visit(child, pos + 1 + offset, own ?? eId))
  }
  access.forEachChild(doc, (child, offset) => visit(child, offset, null))
  return { text: docParts.join(''), blocks, units }
}

const pmAccess: NodeAccess<PMNode> = {
  isTextblock: (node) => node.isTextblock,
  text: (node) => node.textContent,
  unitEId: (node) => (unitTypes.has(node.type.name) ? (node.attrs['eId'] as string) || null : null),
  forEachChild: (node, visit) => node.forEach(visit)
}

/** Text blocks of the legal schema; text is its only inline node. */
const textBlockTypes = new Set(['title', 'heading', 'paragraph'])

/** A JSON node's size in ProseMirror positions: a text node its length, any other node its content and two tokens. */
function jsonSize(node: DocJSON): number {
  if (node.text !== undefined) return node.text.length
  let size = 2
  for (const child of node.content ?? []) size += jsonSize(child)
  return size
}

const jsonAccess: NodeAccess<DocJSON> = {
  isTextblock: (node) => textBlockTypes.has(node.type),
  text: (node) => (node.content ?? []).map((child) => child.text ?? '').join(''),
  unitEId: (node) => {
    const eId = node.attrs?.['eId']
    return unitTypes.has(node.type) && typeof eId === 'string' && eId ? eId : null
  },
  forEachChild: (node, visit) => {
    let offset = 0
    for (const child of node.content ?? []) {
      visit(child, offset)
      offset += jsonSize(child)
    }
  },
  json: (node) => node
}

/** Extracts the text of every anchoring unit of a legal document in one pass. */
export function buildDocumentText(doc: PMNode): DocumentText {
  return walkDocument(doc, pmAccess)
}

/**
 * The same text built from the document's JSON (what the export and the command line hold), each block
 * naming its JSON node; positions and offsets are those buildDocumentText gives for the same document.
 */
export function buildDocumentTextOfJSON(doc: DocJSON): DocumentText {
  return walkDocument(doc, jsonAccess)
}

/** Finds, by binary search, the last block in `blocks` whose `key` is at most `value`. */
function lastBlockAtOrBefore(blocks: TextBlock[], value: number, key: (block: TextBlock) => number): TextBlock | undefined {
  let low = 0
  let high = blocks.length - 1
  let found: TextBlock | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]!
    if (key(block) <= value) {
      found = block
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** The text block a document position falls in or (between blocks) just before; undefined before the first. */
export function blockAtPos(text: DocumentText, pos: number): TextBlock | undefined {
  return lastBlockAtOrBefore(text.blocks, pos, (block) => block.pos)
}

/** Converts a document position to an offset in its block's unit text, clamped to that block. */
export function unitOffsetAt(block: TextBlock, pos: number): number {
  return block.unitOffset + Math.max(0, Math.min(block.length, pos - block.pos))
}

/** Converts an offset in a unit's text to a document position (a "\n" between blocks maps to the next block). */
export function posAtUnitOffset(unit: UnitText, offset: number, side: 'start' | 'end'): number {
  const block = lastBlockAtOrBefore(unit.blocks, offset, (candidate) => candidate.unitOffset)
  if (!block) return unit.blocks[0]!.pos
  const inside = offset - block.unitOffset
  // The separator after a block belongs to the next block for a start and to this block for an end.
  if (inside > block.length && side === 'start') {
    const next = unit.blocks[unit.blocks.indexOf(block) + 1]
    if (next) return next.pos
  }
  return block.pos + Math.min(inside, block.length)
}

/** Converts an offset in the whole document's text to its block and the offset in that block's unit text. */
export function unitOffsetAtDocOffset(text: DocumentText, offset: number): { block: TextBlock; unitOffset: number } | undefined {
  const block = lastBlockAtOrBefore(text.blocks, offset, (candidate) => candidate.docOffset)
  if (!block) return undefined
  return { block, unitOffset: block.unitOffset + Math.min(offset - block.docOffset, block.length) }
}
