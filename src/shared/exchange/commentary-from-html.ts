import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { commentarySchema, isSafeHref } from '../annotations/commentary-schema'
import type { Commentary } from '../annotations/types'
import type { DocJSON } from '../document/types'
import { allowlistHtml } from '../sanitize/allowlist-html'
import { textToCommentary } from './commentary-from-text'

/**
 * Untrusted HTML as commentary without a browser (the command line): the shared allowlist pass
 * (src/shared/sanitize/allowlist-html.ts) keeps only the commentary elements and safe links, then its
 * output is read into commentary JSON the way ProseMirror's DOM parser would fit it to the schema: loose
 * inline content wrapped in paragraphs, HTML whitespace collapsed, a list item starting with a paragraph.
 * The renderer uses DOMPurify and ProseMirror's own parser instead (src/renderer/src/sanitize/html.ts).
 */

type Node = DefaultTreeAdapterTypes.ChildNode
type Mark = { type: string; attrs?: Record<string, unknown> }
type Inline = DocJSON & { marks?: Mark[] }

const markOf: Record<string, string> = { strong: 'strong', b: 'strong', em: 'em', i: 'em' }
const blockTags = new Set(['p', 'blockquote', 'ul', 'ol', 'li'])

const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node

function inline(nodes: Node[], marks: Mark[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' ')
      return text ? [{ type: 'text', text, ...(marks.length ? { marks } : {}) }] : []
    }
    if (!isElement(node)) return []
    if (node.tagName === 'br') return [{ type: 'hard_break' }]
    const mark = markOf[node.tagName]
    if (mark) return inline(node.childNodes, marks.some((existing) => existing.type === mark) ? marks : [...marks, { type: mark }])
    const href = node.tagName === 'a' ? node.attrs.find((attribute) => attribute.name === 'href')?.value : undefined
    if (isSafeHref(href)) return inline(node.childNodes, [...marks.filter((existing) => existing.type !== 'link'), { type: 'link', attrs: { href } }])
    return inline(node.childNodes, marks)
  })
}

/** Neighbouring texts with the same marks as one text node, as ProseMirror keeps them. */
function joined(content: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const item of content) {
    const last = out.at(-1)
    if (last?.text !== undefined && item.text !== undefined && JSON.stringify(last.marks) === JSON.stringify(item.marks)) out[out.length - 1] = { ...last, text: last.text + item.text }
    else out.push({ ...item })
  }
  return out
}

/** A paragraph of inline content, its edges trimmed; null when only whitespace is left. */
function paragraph(content: Inline[]): DocJSON | null {
  const items = joined(content)
  const first = items[0]
  const last = items.at(-1)
  if (first?.text !== undefined) first.text = first.text.trimStart()
  if (last?.text !== undefined) last.text = last.text.trimEnd()
  const kept = items.filter((item) => item.text === undefined || item.text.length > 0)
  return kept.length > 0 ? { type: 'paragraph', content: kept } : null
}

function blocks(nodes: Node[]): DocJSON[] {
  const out: DocJSON[] = []
  let run: Node[] = []
  const flush = () => {
    const loose = paragraph(inline(run, []))
    if (loose) out.push(loose)
    run = []
  }
  for (const node of nodes) {
    if (!isElement(node) || !blockTags.has(node.tagName)) {
      run.push(node)
      continue
    }
    flush()
    if (node.tagName === 'p') {
      const made = paragraph(inline(node.childNodes, []))
      if (made) out.push(made)
    } else if (node.tagName === 'blockquote') {
      const inner = blocks(node.childNodes)
      if (inner.length > 0) out.push({ type: 'blockquote', content: inner })
    } else if (node.tagName === 'li') out.push(...blocks(node.childNodes))
    else {
      const items = node.childNodes.filter((child) => isElement(child) && child.tagName === 'li').map((item) => listItem(item as DefaultTreeAdapterTypes.Element))
      if (items.length > 0) out.push({ type: node.tagName === 'ol' ? 'ordered_list' : 'bullet_list', content: items })
    }
  }
  flush()
  return out
}

function listItem(item: DefaultTreeAdapterTypes.Element): DocJSON {
  const content = blocks(item.childNodes)
  return { type: 'list_item', content: content[0]?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content] }
}

/** Untrusted HTML as commentary, and the names of what sanitising removed. */
export function commentaryFromHtml(html: string): { body: Commentary; removed: string[] } {
  const clean = allowlistHtml(html)
  const fragment = parseFragment(clean.html)
  const doc: DocJSON = { type: 'doc', content: blocks(fragment.childNodes) }
  try {
    const node = commentarySchema.nodeFromJSON(doc)
    node.check()
    // Through the schema and back: marks in the schema's order, as ProseMirror's own parser leaves them.
    return { body: { doc: node.toJSON() as DocJSON }, removed: clean.removed }
  } catch {
    const textOnly = (node: Node): string => (node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : isElement(node) ? node.childNodes.map(textOnly).join('') : '')
    return { body: textToCommentary(fragment.childNodes.map(textOnly).join('\n\n')), removed: clean.removed }
  }
}
