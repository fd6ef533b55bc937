import { parseHTML } from 'linkedom'

/**
 * A saved page as a DOM that runs the same in Node and in the browser (linkedom), seen through the few
 * members the readers use: src/shared has no DOM library, so these are declared here.
 */

export interface PageNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: Iterable<PageNode>
}

export interface PageElement extends PageNode {
  readonly tagName: string
  readonly textContent: string | null
  readonly parentElement: PageElement | null
  getAttribute(name: string): string | null
  querySelectorAll(selectors: string): Iterable<PageElement>
  remove(): void
}

export interface PageDocument {
  readonly documentElement: PageElement
  readonly body: PageElement | null
  readonly title: string
  readonly childNodes: Iterable<PageNode>
  querySelector(selectors: string): PageElement | null
  querySelectorAll(selectors: string): Iterable<PageElement>
}

/** Parses a page's HTML. Scripts are never run: linkedom has no script engine. */
export function parsePage(html: string): PageDocument {
  // linkedom builds a body only for a whole document; mammoth's DOCX output is a fragment.
  const whole = /<(?:html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`
  return parseHTML(whole).document as unknown as PageDocument
}

/** An element's text with its runs of white space made single spaces. */
export const cleanText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

const blockNames = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BODY', 'TIME', 'NAV', 'ASIDE', 'FORM'
])
const unread = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG'])

/** The text of a page or a part of it, one block element a line, empty lines left out. */
export function blockLines(root: PageNode): string[] {
  const lines: string[] = []
  let line = ''
  const breakLine = () => {
    const text = cleanText(line)
    if (text) lines.push(text)
    line = ''
  }
  const visit = (node: PageNode) => {
    if (node.nodeType === 3) line += node.textContent ?? ''
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (unread.has(name)) return
    const block = blockNames.has(name)
    if (block) breakLine()
    for (const child of node.childNodes) visit(child)
    if (block) breakLine()
  }
  visit(root)
  breakLine()
  return lines
}
