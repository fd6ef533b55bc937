import DOMPurify from 'dompurify'
import { DOMParser as ProseMirrorParser } from 'prosemirror-model'
import { commentarySchema } from '../../../shared/annotations/commentary-schema'
import type { Commentary } from '../../../shared/annotations/types'
import { allowlistHtml } from '../../../shared/sanitize/allowlist-html'

/**
 * HTML that enters Glossa from outside (Web Annotation bodies, pasted commentary) is first reduced to the
 * commentary elements by a pure parse5 pass (shared/sanitize/allowlist-html.ts, which keeps the browser's
 * parser from ever seeing inline handlers or styles), then goes through DOMPurify with a strict allowlist: the commentary schema's own elements, `href` as the only attribute, and only
 * http, https and mailto addresses. No script, style, event handler, image or other remote resource
 * survives; the ProseMirror commentary parser then keeps only what the commentary schema knows.
 */

/** Parts of the parsing document DOMPurify lists as removed; not the user's content. */
const documentParts = new Set(['#text', 'html', 'head', 'body'])

const allowedTags = ['p', 'br', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', 'blockquote']

/** What sanitising took out, by element or attribute name (for telling the user). */
export interface SanitizedHtml {
  fragment: DocumentFragment
  removed: string[]
}

/** Sanitises untrusted HTML into a document fragment; lists what was removed. */
export function sanitizeHtml(html: string): SanitizedHtml {
  const first = allowlistHtml(html)
  const fragment = DOMPurify.sanitize(first.html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_DOM_FRAGMENT: true
  })
  const removed = DOMPurify.removed.map((entry) =>
    'attribute' in entry && entry.attribute ? entry.attribute.name.toLowerCase() : 'element' in entry ? entry.element.nodeName.toLowerCase() : '?'
  )
  return { fragment, removed: [...new Set([...first.removed, ...removed])].filter((name) => !documentParts.has(name)).sort() }
}

/** Untrusted HTML as commentary: sanitised, then parsed by the commentary schema. */
export function htmlToCommentary(html: string): { body: Commentary; removed: string[] } {
  const { fragment, removed } = sanitizeHtml(html)
  const holder = document.createElement('div')
  holder.append(fragment)
  const doc = ProseMirrorParser.fromSchema(commentarySchema).parse(holder)
  return { body: { doc: doc.toJSON() as Commentary['doc'] }, removed }
}

/** Plain (or Markdown) text as commentary: shared with the command line's import. */
export { textToCommentary } from '../../../shared/exchange/commentary-from-text'

/**
 * For a ProseMirror view's `transformPastedHTML`: pasted HTML reduced to the commentary elements before
 * ProseMirror parses it, so no handler, style or remote image from the clipboard reaches the page.
 */
export function cleanPastedHtml(html: string): string {
  const holder = document.createElement('div')
  holder.append(sanitizeHtml(html).fragment)
  return holder.innerHTML
}
