import type { Node as PMNode } from 'prosemirror-model'
import { articleNumberFrom } from './article-reference'
import { normaliseNum } from './eid'

/** One line of the outline: a preamble, part, chapter or article, with where it starts in the document. */
export interface OutlineEntry {
  kind: 'preamble' | 'part' | 'chapter' | 'article'
  eId: string
  num: string
  label: string
  heading: string
  pos: number
  children: OutlineEntry[]
}

const outlineKinds = new Set(['preamble', 'part', 'chapter', 'article'])

/** The outline of a legal document: its preamble, parts and chapters with their articles, in order. */
export function buildOutline(doc: PMNode): OutlineEntry[] {
  const collectFrom = (parent: PMNode, offset: number): OutlineEntry[] => {
    const entries: OutlineEntry[] = []
    parent.forEach((child, childOffset) => {
      if (!outlineKinds.has(child.type.name)) return
      const pos = offset + childOffset
      const first = child.firstChild
      entries.push({
        kind: child.type.name as OutlineEntry['kind'],
        eId: child.attrs['eId'] as string,
        num: child.attrs['num'] as string,
        label: child.attrs['label'] as string,
        heading: first?.type.name === 'heading' ? first.textContent : '',
        pos,
        children: child.type.name === 'article' ? [] : collectFrom(child, pos + 1)
      })
    })
    return entries
  }
  return collectFrom(doc, 0)
}

/** Where the unit with this eId starts, or undefined. */
export function findUnitPos(doc: PMNode, eId: string): number | undefined {
  let found: number | undefined
  doc.descendants((node, pos) => {
    if (found !== undefined) return false
    if (node.attrs['eId'] === eId && node.type.name !== 'text') found = pos
    return found === undefined
  })
  return found
}

/** The first article whose number matches what the user typed ("42", "42-1", "42-бап", "ст. 42"), or undefined. */
export function findArticle(doc: PMNode, typed: string): { pos: number; eId: string } | undefined {
  const wanted = normaliseNum(articleNumberFrom(typed) ?? typed)
  let found: { pos: number; eId: string } | undefined
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.type.name === 'article') {
      if (node.attrs['num'] === wanted) found = { pos, eId: node.attrs['eId'] as string }
      return false
    }
    return node.isBlock && node.type.name !== 'paragraph'
  })
  return found
}
