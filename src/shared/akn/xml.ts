import { XMLParser } from 'fast-xml-parser'

/**
 * The XML tree as fast-xml-parser's ordered form gives it, and the few questions the Akoma Ntoso reader
 * asks of it. Element names are compared without their namespace prefix (`akn:article` is `article`), so
 * documents that bind the AKN namespace to a prefix (LegalDocML.de) read like those that do not.
 */

/** One key naming the element (or '#text'), and ':@' holding its attributes. */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Also decodes numeric character references (&#160;, &#x2014;), which fast-xml-parser leaves as text otherwise.
  htmlEntities: true
})

/** Parses XML; throws the parser's error for a malformed file. */
export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? ''
}

export function isText(node: XmlNode): boolean {
  return nameOf(node) === '#text'
}

/** The element's name without its namespace prefix; '#text' for text, '' for comments and processing instructions. */
export function localName(node: XmlNode): string {
  const name = nameOf(node)
  return name.startsWith('?') || name === '#comment' ? '' : name.replace(/^[^:]+:/, '')
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)]
  return Array.isArray(value) ? (value as XmlNode[]) : []
}

/** An attribute by its exact name (`eId`, `xml:id`, `glossa:num`). */
export function attribute(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name]
}

/** The child elements (no text), optionally only those with one local name. */
export function elements(node: XmlNode, name?: string): XmlNode[] {
  return childrenOf(node).filter((child) => localName(child) !== '' && !isText(child) && (!name || localName(child) === name))
}

/** The first descendant (depth first, document order) with this local name, not looking inside `stopAt`. */
export function findElement(nodes: XmlNode[], name: string, stopAt: ReadonlySet<string> = new Set()): XmlNode | undefined {
  for (const node of nodes) {
    if (isText(node)) continue
    if (localName(node) === name) return node
    if (stopAt.has(localName(node))) continue
    const inner = findElement(elements(node), name, stopAt)
    if (inner) return inner
  }
  return undefined
}

/** XML white space (space, tab, CR, LF; not the no-break space) collapsed to one space, as a renderer shows it. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ')
}

/** Raw text of an element and its descendants, skipping elements named in `skip`. */
export function rawText(node: XmlNode, skip: ReadonlySet<string> = new Set()): string {
  if (isText(node)) return String(node['#text'])
  if (skip.has(localName(node))) return ''
  return childrenOf(node)
    .map((child) => rawText(child, skip))
    .join('')
}

/** The text of an element as a reader sees it: white space collapsed and trimmed. */
export function plainText(node: XmlNode, skip: ReadonlySet<string> = new Set()): string {
  return collapseSpace(rawText(node, skip)).trim()
}
