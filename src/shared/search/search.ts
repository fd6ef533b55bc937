import type { Node as PMNode } from 'prosemirror-model'
import { foldForSearch } from './fold'

/**
 * Full-text search over a legal document: every text block (title, headings, paragraphs) is folded once
 * into one string, and a query is a plain scan of it, so a keystroke costs one pass over the text
 * (about 1.5 MB for a 1,000-article code). Hits are grouped by the article they are in (or the preamble,
 * part or chapter for text outside articles), each with a snippet, in document order.
 */

interface Block {
  /** Where the block's text starts in the folded string. */
  start: number
  /** Where the block's text starts in the document. */
  pos: number
  text: string
  unit: { eId: string; label: string }
}

/** A document prepared for searching; build it once per document version. */
export interface SearchIndex {
  folded: string
  blocks: Block[]
}

/** One hit: its document range and a snippet around it. */
export interface SearchHit {
  from: number
  to: number
  before: string
  match: string
  after: string
}

/** The hits inside one unit. */
export interface SearchGroup {
  eId: string
  label: string
  hits: SearchHit[]
}

export interface SearchResults {
  groups: SearchGroup[]
  /** Hits found, including those beyond the limit. */
  total: number
  /** Hits in `groups` (at most the limit). */
  shown: number
}

const groupKinds = new Set(['article', 'chapter', 'part', 'preamble'])
/** Characters of context on each side of a hit in its snippet. */
const snippetContext = 40

/** Prepares a document for searching. */
export function buildSearchIndex(doc: PMNode): SearchIndex {
  const blocks: Block[] = []
  const parts: string[] = []
  let length = 0
  const visit = (node: PMNode, pos: number, unit: Block['unit']) => {
    node.forEach((child, offset) => {
      const childPos = pos + offset
      if (child.isTextblock) {
        const text = child.textContent
        blocks.push({ start: length, pos: childPos + 1, text, unit })
        parts.push(text)
        length += text.length + 1
        return
      }
      const own = groupKinds.has(child.type.name) ? { eId: String(child.attrs['eId']), label: String(child.attrs['label']) } : unit
      visit(child, childPos + 1, own)
    })
  }
  visit(doc, 0, { eId: '', label: '' })
  // Blocks are joined by a line break, which no query (trimmed, single-line) can match across.
  return { folded: foldForSearch(parts.join('\n')), blocks }
}

function blockAt(blocks: Block[], offset: number): Block {
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return blocks[low]!
}

/** Finds a query (case-insensitive, white space collapsed); at most `limit` hits are returned with snippets. */
export function search(index: SearchIndex, query: string, limit = 500): SearchResults {
  const needle = foldForSearch(query.replace(/\s+/g, ' ').trim())
  const groups: SearchGroup[] = []
  if (!needle) return { groups, total: 0, shown: 0 }
  let total = 0
  let at = index.folded.indexOf(needle)
  while (at !== -1) {
    total++
    if (total <= limit) {
      const block = blockAt(index.blocks, at)
      const offset = at - block.start
      const hit: SearchHit = {
        from: block.pos + offset,
        to: block.pos + offset + needle.length,
        before: (offset > snippetContext ? '…' : '') + block.text.slice(Math.max(0, offset - snippetContext), offset),
        match: block.text.slice(offset, offset + needle.length),
        after: block.text.slice(offset + needle.length, offset + needle.length + snippetContext) + (offset + needle.length + snippetContext < block.text.length ? '…' : '')
      }
      const last = groups[groups.length - 1]
      if (last && last.eId === block.unit.eId) last.hits.push(hit)
      else groups.push({ eId: block.unit.eId, label: block.unit.label, hits: [hit] })
    }
    at = index.folded.indexOf(needle, at + needle.length)
  }
  return { groups, total, shown: Math.min(total, limit) }
}
