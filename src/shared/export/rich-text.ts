import type { StyledRun } from '../citations/runs'
import type { DocJSON } from '../document/types'

/**
 * Commentary as the export lays it out: blocks of styled runs. It is read from the commentary's ProseMirror
 * JSON by node and mark names (paragraph, blockquote, bullet_list, ordered_list, list_item; strong, em,
 * link), so unknown nodes degrade to their text instead of failing, and no markup is ever passed through.
 */

/** A run of text in one style: commentary runs use bold, italic and links; citations add small capitals and more. */
export type RichRun = StyledRun

export interface RichBlock {
  kind: 'paragraph' | 'quote' | 'item'
  /** "•" or "3." for list items. */
  marker?: string
  runs: RichRun[]
}

const safeLink = /^(https?:|mailto:)/i

function runsOf(node: DocJSON): RichRun[] {
  const runs: RichRun[] = []
  const visit = (child: DocJSON) => {
    if (child.type === 'text' && typeof child.text === 'string') {
      const marks = Array.isArray((child as { marks?: unknown }).marks) ? ((child as { marks: { type?: unknown; attrs?: { href?: unknown } }[] }).marks) : []
      const run: RichRun = { text: child.text }
      for (const mark of marks) {
        if (mark.type === 'strong' || mark.type === 'bold') run.bold = true
        if (mark.type === 'em' || mark.type === 'italic') run.italic = true
        const href = mark.attrs?.href
        if (mark.type === 'link' && typeof href === 'string' && safeLink.test(href)) run.href = href
      }
      runs.push(run)
    } else if (child.type === 'hard_break') {
      runs.push({ text: ' ' })
    } else {
      child.content?.forEach(visit)
    }
  }
  node.content?.forEach(visit)
  return runs
}

/** The commentary's blocks in reading order; empty commentary gives none. */
export function richBlocks(doc: DocJSON, depth = 0): RichBlock[] {
  if (depth > 50) return []
  const blocks: RichBlock[] = []
  for (const node of doc.content ?? []) {
    if (node.type === 'bullet_list' || node.type === 'ordered_list') {
      const start = Number(node.attrs?.['order'] ?? 1)
      node.content?.forEach((item, index) => {
        const marker = node.type === 'ordered_list' ? `${(Number.isFinite(start) ? start : 1) + index}.` : '•'
        richBlocks(item, depth + 1).forEach((block, inner) => blocks.push(inner === 0 ? { ...block, kind: 'item', marker } : block))
      })
    } else if (node.type === 'blockquote') {
      richBlocks(node, depth + 1).forEach((block) => blocks.push({ ...block, kind: 'quote' }))
    } else {
      const runs = runsOf(node)
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs })
    }
  }
  return blocks
}

/** The plain text of rich blocks, one block a line. */
export function plainText(blocks: RichBlock[]): string {
  return blocks.map((block) => (block.marker ? `${block.marker} ` : '') + block.runs.map((run) => run.text).join('')).join('\n')
}
