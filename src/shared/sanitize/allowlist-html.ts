import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { isSafeHref } from '../annotations/commentary-schema'

/**
 * The first pass over untrusted HTML, in pure code: parse5 (a spec-compliant HTML parser in JavaScript)
 * reads it without any browser involved, and only the commentary elements are written back out, with
 * `href` as the only attribute and only when it is a safe address. Everything else is dropped, script and
 * style together with their content. Parsing happens outside the browser on purpose: a browser parser
 * reports every inline handler or style it meets as a Content-Security-Policy violation, even in an inert
 * document. DOMPurify then checks the result again in the renderer (src/renderer/src/sanitize/html.ts).
 */

type Node = DefaultTreeAdapterTypes.ChildNode

const keptElements = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', 'blockquote'])
/** Dropped together with everything inside them. */
const droppedWithContent = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'title', 'textarea', 'select'])

/** Clean HTML and the names of what was removed. */
export interface AllowlistedHtml {
  html: string
  removed: string[]
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Keeps only the commentary elements of untrusted HTML (text survives, markup outside the list does not). */
export function allowlistHtml(html: string): AllowlistedHtml {
  const removed = new Set<string>()
  const write = (node: Node): string => {
    if (node.nodeName === '#text') return escape((node as DefaultTreeAdapterTypes.TextNode).value)
    if (!('tagName' in node)) return ''
    const element = node as DefaultTreeAdapterTypes.Element
    const tag = element.tagName.toLowerCase()
    if (droppedWithContent.has(tag)) {
      removed.add(tag)
      return ''
    }
    const inner = element.childNodes.map(write).join('')
    for (const attribute of element.attrs) if (!(tag === 'a' && attribute.name === 'href' && isSafeHref(attribute.value))) removed.add(attribute.name)
    if (!keptElements.has(tag)) {
      removed.add(tag)
      return inner
    }
    if (tag === 'br') return '<br>'
    if (tag === 'a') {
      const href = element.attrs.find((attribute) => attribute.name === 'href')?.value
      return isSafeHref(href) ? `<a href="${escape(href)}">${inner}</a>` : inner
    }
    return `<${tag}>${inner}</${tag}>`
  }
  const fragment = parseFragment(html)
  return { html: fragment.childNodes.map(write).join(''), removed: [...removed].sort() }
}
