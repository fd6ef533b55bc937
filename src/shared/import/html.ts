import { parse, type DefaultTreeAdapterTypes } from 'parse5'

/**
 * Turns a web page (as saved from a site, or as mammoth renders a DOCX) into lines of text: each block
 * element starts a new line; scripts, styles and site chrome (navigation, header, footer, forms) are
 * skipped, and so are notes: a note call (a short link in superscript to a place in the page, as mammoth
 * writes Word's footnotes, or marked `doc-noteref`) and the note it points to. Items of a numbered list get
 * their number back ("1."), since the number is part of the law.
 */

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document

const skipped = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe'])
const blocks = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'body'
])

function attribute(node: DefaultTreeAdapterTypes.Element, name: string): string | undefined {
  return node.attrs.find((attr) => attr.name === name)?.value
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''

const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => 'attrs' in node

/** A link to a note: to a place in the page, a few characters long ("1", "[12]", "*"), raised or marked as one. */
function noteCallTarget(node: DefaultTreeAdapterTypes.Element, inSuperscript: boolean): string | undefined {
  const href = attribute(node, 'href')
  if (node.nodeName !== 'a' || !href?.startsWith('#') || href.length < 2) return undefined
  const marked = /\b(?:doc-)?noteref\b/.test(`${attribute(node, 'role') ?? ''} ${attribute(node, 'epub:type') ?? ''}`)
  const raised = inSuperscript || node.childNodes.some((child) => child.nodeName === 'sup')
  return (marked || raised) && textOf(node).trim().length <= 8 ? href.slice(1) : undefined
}

/** The ids of the notes the page's note calls point to. */
function noteTargets(root: Node): Set<string> {
  const targets = new Set<string>()
  const visit = (node: Node, inSuperscript: boolean) => {
    if (!isElement(node) && node.nodeName !== '#document') return
    if (isElement(node)) {
      const target = noteCallTarget(node, inSuperscript)
      if (target) targets.add(target)
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, inSuperscript || node.nodeName === 'sup')
  }
  visit(root, false)
  return targets
}

/** A superscript holding only a note's number or mark, without a link: an endnote's call ("Article 5²"). */
const callMark = /^\s*[\d*†‡]{1,4}(?:\s*,\s*[\d*†‡]{1,4})*\s*$/u

/** The number an endnote starts with, set in bold on its own ("<strong>3</strong> Comment…"). */
function leadingBoldNumber(node: Node): string | undefined {
  if (!isElement(node) || node.nodeName !== 'p') return undefined
  const first = node.childNodes.find((child) => child.nodeName !== '#text' || textOf(child).trim())
  if (!first || !['strong', 'b'].includes(first.nodeName)) return undefined
  const number = textOf(first).trim()
  return /^\d{1,4}$/.test(number) ? number : undefined
}

const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Extracts the text of an HTML document, one block per line. */
export function htmlToText(html: string): string {
  const document = parse(html)
  const notes = noteTargets(document)
  // Endnotes called by plain superscript numbers: a paragraph that starts with a called number in bold
  // begins the notes, which run to the next heading (Word's endnotes after an article, as Glossa writes them).
  const calls = new Set<string>()
  let inEndnotes = false
  const isNote = (node: Node, inSuperscript: boolean) =>
    isElement(node) && (noteCallTarget(node, inSuperscript) !== undefined || notes.has(attribute(node, 'id') ?? '') || /\bdoc-(?:footnote|endnotes?)\b/.test(attribute(node, 'role') ?? ''))
  const lines: string[] = []
  let line = ''
  // A list item's number waits for the item's first text, which may sit in a nested block.
  let pendingNumber = ''
  const breakLine = () => {
    if (line.trim()) lines.push(line.replace(/\s+/g, ' ').trim())
    line = ''
  }
  const visit = (node: Node, listNumber?: number, inSuperscript = false) => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterTypes.TextNode).value
      if (pendingNumber && text.trim()) {
        line += pendingNumber
        pendingNumber = ''
      }
      line += text
      return
    }
    if (!('childNodes' in node) || skipped.has(node.nodeName) || isNote(node, inSuperscript)) return
    if (node.nodeName === 'sup' && callMark.test(textOf(node))) {
      for (const call of textOf(node).split(',')) calls.add(call.trim())
      return
    }
    if (headingElements.has(node.nodeName)) inEndnotes = false
    const endnote = leadingBoldNumber(node)
    if (endnote !== undefined && calls.has(endnote)) inEndnotes = true
    if (inEndnotes && blocks.has(node.nodeName)) return
    const isBlock = blocks.has(node.nodeName)
    if (isBlock) breakLine()
    if (listNumber !== undefined) pendingNumber = `${listNumber}. `
    let number = node.nodeName === 'ol' ? Number(attribute(node as DefaultTreeAdapterTypes.Element, 'start') ?? 1) : undefined
    for (const child of node.childNodes) {
      const numbered = number !== undefined && child.nodeName === 'li' && !startsWithNumber(child)
      visit(child, numbered ? number : undefined, inSuperscript || node.nodeName === 'sup')
      if (number !== undefined && child.nodeName === 'li') number++
    }
    if (isBlock) breakLine()
  }
  visit(document)
  breakLine()
  return lines.join('\n')
}

/** Whether a list item already prints its own number (a site that numbers by hand inside <ol>). */
function startsWithNumber(node: DefaultTreeAdapterTypes.ChildNode): boolean {
  let text = ''
  const collect = (child: DefaultTreeAdapterTypes.ChildNode) => {
    if (text.length > 12) return
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value
    else if ('childNodes' in child) child.childNodes.forEach(collect)
  }
  collect(node)
  return /^\s*\d+(?:-\d+)?[.)]/.test(text)
}
