import type { DocJSON } from '../document/types'

/**
 * The structure of one edition as alignment sees it: its articles in reading order, each with the part or
 * chapter it stands in and its segments (heading, clauses, loose paragraphs). Texts and offsets are those of
 * annotation selectors (annotations/document-text.ts): a unit's text is its text blocks joined by "\n", so a
 * note's stored offsets fall into the segment that holds them.
 */

/** One top-level piece of an article: its heading, a clause (with its sub-points), a sub-point or a paragraph. */
export interface Segment {
  /** The clause's or sub-point's eId, or `heading` / `p1`, `p2`, ... for unnumbered blocks. */
  key: string
  kind: 'heading' | 'clause' | 'subpoint' | 'paragraph'
  num: string
  text: string
  /** Where the segment's text starts and ends in its article's unit text. */
  start: number
  end: number
}

/** An article, or another unit that holds text of its own (preamble, a part's or chapter's heading). */
export interface EditionUnit {
  kind: 'article' | 'preamble' | 'part' | 'chapter'
  eId: string
  num: string
  label: string
  /** The heading of a part or chapter; an article's heading is its first segment. */
  heading: string
  /** The eId of the nearest part or chapter around it ('' when none). */
  container: string
  text: string
  segments: Segment[]
}

export interface EditionStructure {
  /** Articles in reading order. */
  articles: EditionUnit[]
  /** Preamble, parts and chapters, in reading order. */
  containers: EditionUnit[]
}

const containerKinds = new Set(['preamble', 'part', 'chapter'])

function blockTexts(node: DocJSON): string[] {
  if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'title') return [(node.content ?? []).map((child) => child.text ?? '').join('')]
  return (node.content ?? []).flatMap(blockTexts)
}

function attr(node: DocJSON, name: string): string {
  const value = node.attrs?.[name]
  return typeof value === 'string' ? value : ''
}

/** Builds a unit's text and segments from its direct children, as document-text joins them. */
function unitOf(node: DocJSON, kind: EditionUnit['kind'], container: string, children: DocJSON[]): EditionUnit {
  const segments: Segment[] = []
  let text = ''
  let paragraphs = 0
  for (const child of children) {
    const blocks = blockTexts(child)
    if (blocks.length === 0) continue
    if (text.length > 0 || segments.length > 0) text += '\n'
    const start = text.length
    text += blocks.join('\n')
    const segmentKind = child.type === 'heading' ? 'heading' : child.type === 'clause' ? 'clause' : child.type === 'subpoint' ? 'subpoint' : 'paragraph'
    const key = segmentKind === 'heading' ? 'heading' : segmentKind === 'paragraph' ? `p${++paragraphs}` : attr(child, 'eId')
    segments.push({ key, kind: segmentKind, num: attr(child, 'num'), text: text.slice(start), start, end: text.length })
  }
  const heading = kind !== 'article' && children[0]?.type === 'heading' ? segments[0]!.text : ''
  return { kind, eId: attr(node, 'eId'), num: attr(node, 'num'), label: attr(node, 'label'), heading, container, text, segments }
}

/** The articles and containers of an imported document, in reading order. */
export function editionStructure(doc: DocJSON): EditionStructure {
  const articles: EditionUnit[] = []
  const containers: EditionUnit[] = []
  const visit = (node: DocJSON, container: string) => {
    if (node.type === 'article') {
      articles.push(unitOf(node, 'article', container, node.content ?? []))
      return
    }
    if (!containerKinds.has(node.type)) return
    const kind = node.type as 'preamble' | 'part' | 'chapter'
    // A container's own text is what stands outside its articles and nested containers.
    const own = (node.content ?? []).filter((child) => child.type !== 'article' && !containerKinds.has(child.type))
    const unit = unitOf(node, kind, container, own)
    containers.push(unit)
    const inner = kind === 'preamble' ? container : unit.eId
    for (const child of node.content ?? []) visit(child, inner)
  }
  for (const child of doc.content ?? []) visit(child, '')
  return { articles, containers }
}
