import type { Node as PMNode } from 'prosemirror-model'
import { detectLanguage } from '../import/language'
import { foldForSearch } from './fold'
import { stemmerFor, type Stemmer } from './stem'
import { wordsOf } from './words'

/**
 * Full-text search over a legal document that knows word forms: "брак" finds "брака" and "браком",
 * "некеге" finds "неке", "rights" finds "right" (see stem.ts), and the last word typed also finds the words it
 * begins, so results follow the typing. A query in quotes ("…", «…», “…”) is an exact phrase instead. Every
 * text block (title, headings, paragraphs) is folded once into one string; the word index over it is built on
 * the first word-form query and kept with the index, so a keystroke costs a look-up, not a pass over the text.
 * Hits are grouped by the article they are in (or the preamble, part or chapter outside articles), each with a
 * snippet cut at word boundaries, in document order.
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
  stem: Stemmer
  /** Built on first use: most indexes (one per text version) never see a word-form query. */
  words?: WordIndex
}

/** Every word of the text, in order, and where each distinct word occurs. */
interface WordIndex {
  starts: Int32Array
  ends: Int32Array
  /** The word's number in `vocabulary`. */
  ids: Int32Array
  /** The block each word is in, so a phrase never runs across blocks. */
  blocks: Int32Array
  vocabulary: string[]
  byStem: Map<string, number[]>
  /** Per vocabulary entry: the positions (indexes into starts/ends) where it occurs. */
  occurrences: number[][]
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

/** Prepares a document for searching; `language` (the document's, e.g. "kk"; found from its letters when absent) chooses the stemmer. */
export function buildSearchIndex(doc: PMNode, language?: string): SearchIndex {
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
  const folded = foldForSearch(parts.join('\n'))
  return { folded, blocks, stem: stemmerFor(language ?? detectLanguage(folded)) }
}

/** A text to search that is not part of the legal document (a note, a source): `id` and `label` name its group. */
export interface SearchText {
  id: string
  label: string
  text: string
}

/**
 * Prepares texts outside the document (notes, sources) for the same search: each text is a group of its own,
 * found by the same word forms, phrases and snippets; hits' `from`/`to` are offsets in that text.
 */
export function buildTextSearchIndex(texts: readonly SearchText[], language?: string): SearchIndex {
  const blocks: Block[] = []
  let length = 0
  for (const entry of texts) {
    // Line breaks inside a text become spaces: a note's paragraphs are one block, and a line break is what parts blocks.
    const text = entry.text.replace(/\s*\n\s*/g, ' ')
    blocks.push({ start: length, pos: 0, text, unit: { eId: entry.id, label: entry.label } })
    length += text.length + 1
  }
  const folded = foldForSearch(blocks.map((block) => block.text).join('\n'))
  return { folded, blocks, stem: stemmerFor(language ?? detectLanguage(folded)) }
}

function buildWordIndex(index: SearchIndex): WordIndex {
  const spans = wordsOf(index.folded)
  const starts = new Int32Array(spans.length)
  const ends = new Int32Array(spans.length)
  const ids = new Int32Array(spans.length)
  const blocks = new Int32Array(spans.length)
  const numbers = new Map<string, number>()
  const vocabulary: string[] = []
  const occurrences: number[][] = []
  let block = 0
  spans.forEach((span, position) => {
    while (block + 1 < index.blocks.length && index.blocks[block + 1]!.start <= span.start) block++
    let id = numbers.get(span.text)
    if (id === undefined) {
      id = vocabulary.length
      numbers.set(span.text, id)
      vocabulary.push(span.text)
      occurrences.push([])
    }
    starts[position] = span.start
    ends[position] = span.end
    ids[position] = id
    blocks[position] = block
    occurrences[id]!.push(position)
  })
  const byStem = new Map<string, number[]>()
  vocabulary.forEach((word, id) => {
    const stem = index.stem(word)
    const list = byStem.get(stem)
    if (list) list.push(id)
    else byStem.set(stem, [id])
  })
  return { starts, ends, ids, blocks, vocabulary, byStem, occurrences }
}

const quoted = /^["«“„](.*)["»”“]$/s
/** The last word typed also finds longer words it begins, from this many letters on. */
const prefixFrom = 3

/** Folded ranges of the text that match `query`, in text order. */
function matchRanges(index: SearchIndex, query: string): Iterable<[number, number]> {
  const trimmed = query.replace(/\s+/g, ' ').trim()
  const phrase = quoted.exec(trimmed)
  if (phrase) return exactRanges(index, foldForSearch(phrase[1]!.trim()))
  return wordFormRanges(index, wordsOf(foldForSearch(trimmed)).map((word) => word.text))
}

function* exactRanges(index: SearchIndex, needle: string): Iterable<[number, number]> {
  if (!needle) return
  for (let at = index.folded.indexOf(needle); at !== -1; at = index.folded.indexOf(needle, at + needle.length)) yield [at, at + needle.length]
}

function* wordFormRanges(index: SearchIndex, queryWords: string[]): Iterable<[number, number]> {
  if (queryWords.length === 0) return
  const words = (index.words ??= buildWordIndex(index))
  const accepted = queryWords.map((word, i) => {
    const ids = new Set(words.byStem.get(index.stem(word)) ?? [])
    if (i === queryWords.length - 1 && word.length >= prefixFrom) words.vocabulary.forEach((candidate, id) => candidate.startsWith(word) && ids.add(id))
    return ids
  })
  const first = [...accepted[0]!].flatMap((id) => words.occurrences[id]!).sort((a, b) => a - b)
  let after = -1
  for (const start of first) {
    if (start <= after) continue
    const last = start + queryWords.length - 1
    if (last >= words.ids.length || words.blocks[last] !== words.blocks[start]) continue
    let matches = true
    for (let i = 1; i < queryWords.length && matches; i++) matches = accepted[i]!.has(words.ids[start + i]!)
    if (!matches) continue
    after = last
    yield [words.starts[start]!, words.ends[last]!]
  }
}

/** Up to `snippetContext` characters of context, cut at a word boundary unless the block ends there. */
function contextBefore(text: string, offset: number): string {
  if (offset <= snippetContext) return text.slice(0, offset)
  const slice = text.slice(offset - snippetContext, offset)
  // The slice may begin inside a word: drop that part word, unless it is all there is.
  const cut = /\s/.test(text[offset - snippetContext - 1]!) ? -1 : slice.search(/\s/)
  return `…${cut === -1 ? slice : slice.slice(cut + 1)}`
}

function contextAfter(text: string, end: number): string {
  if (end + snippetContext >= text.length) return text.slice(end)
  const slice = text.slice(end, end + snippetContext)
  const cut = /\s/.test(text[end + snippetContext]!) ? -1 : slice.search(/\s\S*$/)
  return `${cut <= 0 ? slice : slice.slice(0, cut)}…`
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

/** Finds a query; at most `limit` hits are returned with snippets, all are counted. */
export function search(index: SearchIndex, query: string, limit = 500): SearchResults {
  const groups: SearchGroup[] = []
  let total = 0
  for (const [from, to] of matchRanges(index, query)) {
    total++
    if (total > limit) continue
    const block = blockAt(index.blocks, from)
    const offset = from - block.start
    const end = to - block.start
    const hit: SearchHit = {
      from: block.pos + offset,
      to: block.pos + end,
      before: contextBefore(block.text, offset),
      match: block.text.slice(offset, end),
      after: contextAfter(block.text, end)
    }
    const last = groups[groups.length - 1]
    if (last && last.eId === block.unit.eId) last.hits.push(hit)
    else groups.push({ eId: block.unit.eId, label: block.unit.label, hits: [hit] })
  }
  return { groups, total, shown: Math.min(total, limit) }
}
