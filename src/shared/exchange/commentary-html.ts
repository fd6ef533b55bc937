import type { DocJSON } from '../document/types'
import { isSafeHref } from '../annotations/commentary-schema'

/**
 * Commentary (ProseMirror JSON of the commentary schema) as HTML, for Web Annotation bodies. Every text is
 * escaped and only the commentary schema's own elements are written; an unsafe link becomes plain text.
 */

const blockTags: Record<string, string> = { paragraph: 'p', blockquote: 'blockquote', bullet_list: 'ul', ordered_list: 'ol', list_item: 'li' }

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function markedText(node: DocJSON & { marks?: { type: string; attrs?: Record<string, unknown> }[] }): string {
  let html = escape(node.text ?? '')
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') html = `<strong>${html}</strong>`
    else if (mark.type === 'em') html = `<em>${html}</em>`
    else if (mark.type === 'link' && isSafeHref(mark.attrs?.['href'])) html = `<a href="${escape(mark.attrs['href'] as string)}">${html}</a>`
  }
  return html
}

/** The HTML of a commentary document. */
export function commentaryToHtml(node: DocJSON): string {
  if (node.type === 'text') return markedText(node)
  if (node.type === 'hard_break') return '<br>'
  const inner = (node.content ?? []).map(commentaryToHtml).join('')
  const tag = blockTags[node.type]
  return tag ? `<${tag}>${inner}</${tag}>` : inner
}
