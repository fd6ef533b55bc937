import { Schema, type DOMOutputSpec, type Mark } from 'prosemirror-model'

/**
 * The commentary schema: what a scholar may write about a provision. Paragraphs, block quotes, bullet and
 * ordered lists, bold, italic and links. Links may only point to http, https or mailto addresses, checked
 * when a link is made, parsed, validated in a project file and drawn, so no `javascript:` ever reaches a page.
 */

const safeHref = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i

/** Whether `href` is an address a commentary link may point to (http, https or mailto). */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && href.length <= 2048 && safeHref.test(href)
}

function linkDOM(mark: Mark): DOMOutputSpec {
  const href = mark.attrs['href'] as string
  return isSafeHref(href) ? ['a', { href, rel: 'noopener noreferrer', class: 'commentary-link' }, 0] : ['span', 0]
}

/** The ProseMirror schema of commentary bodies. */
export const commentarySchema = new Schema({
  nodes: {
    doc: { content: 'block*' },
    paragraph: { content: 'inline*', group: 'block', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    blockquote: { content: 'block+', group: 'block', defining: true, toDOM: () => ['blockquote', 0], parseDOM: [{ tag: 'blockquote' }] },
    bullet_list: { content: 'list_item+', group: 'block', toDOM: () => ['ul', 0], parseDOM: [{ tag: 'ul' }] },
    ordered_list: { content: 'list_item+', group: 'block', toDOM: () => ['ol', 0], parseDOM: [{ tag: 'ol' }] },
    list_item: { content: 'paragraph block*', defining: true, toDOM: () => ['li', 0], parseDOM: [{ tag: 'li' }] },
    hard_break: { inline: true, group: 'inline', selectable: false, toDOM: () => ['br'], parseDOM: [{ tag: 'br' }] },
    text: { group: 'inline' }
  },
  marks: {
    strong: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }, { tag: 'b' }] },
    em: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }] },
    link: {
      attrs: { href: { validate: (value: unknown) => { if (!isSafeHref(value)) throw new RangeError('Unsafe link address') } } },
      inclusive: false,
      toDOM: linkDOM,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (dom) => {
            const href = dom.getAttribute('href')
            return isSafeHref(href) ? { href } : false
          }
        }
      ]
    }
  }
})

/** The node type names of the commentary schema, for validating stored commentary. */
export const commentaryNodeTypes = Object.keys(commentarySchema.spec.nodes.toObject())
