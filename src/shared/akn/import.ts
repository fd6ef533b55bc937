import { XMLParser } from 'fast-xml-parser'
import type { DocJSON } from '../document/types'
import { countUnits, structureWarnings } from '../import/checks'
import { detectLanguage } from '../import/language'
import type { ImportOutcome } from '../import/plain-text'
import { unitKindOfElement } from './namespace'

/**
 * Reads an Akoma Ntoso 3.0 act back into a structured document: the inverse of export.ts, and tolerant of
 * files from other legislative tools (no `glossa:` attributes: the number is read from the eId, the label
 * from `num`). Elements Glossa has no place for (meta, notes, references) are skipped; their text is not law.
 */

/** fast-xml-parser's ordered form: one key naming the element (or '#text'), and ':@' holding attributes. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true
})

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? ''
}

/** Element names without their namespace prefix ("akn:article" → "article"); attributes keep theirs. */
function localName(node: XmlNode): string {
  return nameOf(node).replace(/^[^:]+:/, '')
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)]
  return Array.isArray(value) ? (value as XmlNode[]) : []
}

function attribute(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name]
}

function elements(node: XmlNode, name?: string): XmlNode[] {
  return childrenOf(node).filter((child) => nameOf(child) !== '#text' && (!name || localName(child) === name))
}

/** The text of an element, with inline markup dropped and white space as in the file (collapsed around blocks). */
function textOf(node: XmlNode): string {
  if (nameOf(node) === '#text') return String(node['#text'])
  return childrenOf(node).map(textOf).join('')
}

function textNode(text: string, type: string): DocJSON {
  return text ? { type, content: [{ type: 'text', text }] } : { type }
}

/** Elements that only group blocks: their paragraphs are read one by one. */
const wrappers = new Set(['content', 'intro', 'wrapUp', 'hcontainer', 'container', 'blockContainer', 'list', 'blockList'])

/** Paragraphs of a `content`, `intro`, `wrapUp` or `hcontainer`: each `p` (or other block) is one. */
function blockParagraphs(container: XmlNode): DocJSON[] {
  const found: DocJSON[] = []
  for (const child of elements(container)) {
    const name = localName(child)
    if (wrappers.has(name)) found.push(...blockParagraphs(child))
    else if (name !== 'num' && name !== 'heading') found.push(textNode(textOf(child), 'paragraph'))
  }
  return found
}

/** The normalised number: Glossa's own attribute, else the last segment of the eId ("art_12" → "12"). */
function numberOf(node: XmlNode): string {
  const own = attribute(node, 'glossa:num')
  if (own !== undefined) return own
  const eId = attribute(node, 'eId') ?? ''
  return /_([^_]+)$/.exec(eId)?.[1] ?? ''
}

function readUnit(node: XmlNode): DocJSON | undefined {
  const kind = unitKindOfElement[localName(node)]
  if (!kind) return undefined
  const content: DocJSON[] = []
  const headingElement = elements(node, 'heading')[0]
  if (headingElement) content.push(textNode(textOf(headingElement), 'heading'))
  for (const child of elements(node)) {
    const name = localName(child)
    if (name === 'num' || name === 'heading') continue
    const sub = readUnit(child)
    if (sub) content.push(sub)
    else content.push(...blockParagraphs({ wrapper: [child] } as XmlNode))
  }
  const label = elements(node, 'num')[0]
  return { type: kind, attrs: { eId: attribute(node, 'eId') ?? '', num: numberOf(node), label: label ? textOf(label) : '' }, content }
}

function findElement(nodes: XmlNode[], name: string): XmlNode | undefined {
  for (const node of nodes) {
    if (localName(node) === name) return node
    const inner = findElement(elements(node), name)
    if (inner) return inner
  }
  return undefined
}

/** Reads an Akoma Ntoso document; refuses XML that is not one, or that has no articles. */
export function importAkomaNtoso(xml: string): ImportOutcome {
  let parsed: XmlNode[]
  try {
    parsed = parser.parse(xml) as XmlNode[]
  } catch (error) {
    return { ok: false, error: { code: 'errorImportNotAkn', params: {}, detail: (error as Error).message } }
  }
  const root = parsed.find((node) => localName(node) === 'akomaNtoso')
  const act = root && elements(root).find((node) => localName(node) !== 'components')
  if (!act) return { ok: false, error: { code: 'errorImportNotAkn', params: {} } }

  const content: DocJSON[] = []
  const docTitle = findElement(elements(act, 'preface'), 'docTitle')
  if (docTitle) content.push({ type: 'title', content: textOf(docTitle) ? [{ type: 'text', text: textOf(docTitle) }] : [] })
  const preambleElement = elements(act, 'preamble')[0]
  if (preambleElement) {
    const heading = elements(preambleElement, 'heading')[0]
    const paragraphs = blockParagraphs(preambleElement)
    content.push({
      type: 'preamble',
      attrs: { eId: 'preamble', num: '', label: attribute(preambleElement, 'glossa:label') ?? '' },
      content: [...(heading ? [textNode(textOf(heading), 'heading')] : []), ...(paragraphs.length ? paragraphs : [{ type: 'paragraph' }])]
    })
  }
  for (const child of elements(elements(act, 'body')[0] ?? { body: [] })) {
    content.push(...(readUnit(child) ? [readUnit(child)!] : blockParagraphs({ wrapper: [child] } as XmlNode)))
  }
  const doc: DocJSON = { type: 'doc', content }
  const counts = countUnits(doc)
  if (counts.articles === 0) return { ok: false, error: { code: 'errorImportNoArticles', params: { lines: 0 } } }
  const language = ({ eng: 'en', rus: 'ru', kaz: 'kk' } as Record<string, string>)[findLanguage(act) ?? ''] ?? detectLanguage(JSON.stringify(content))
  return { ok: true, doc, report: { format: 'akn', language, counts, warnings: structureWarnings(doc) } }
}

function findLanguage(act: XmlNode): string | undefined {
  const meta = elements(act, 'meta')
  const language = findElement(meta, 'FRBRlanguage')
  return language ? attribute(language, 'language') : undefined
}
