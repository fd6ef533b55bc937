import { XMLValidator } from 'fast-xml-parser'
import { attribute, elements, localName, parseXml, rawText, type XmlNode } from '../akn/xml'
import { escapeXml } from '../akn/export'
import { fail, ok, type Result } from '../errors'
import { normaliseColour, type CodebookEntry } from './codebook'

/**
 * The codebook as REFI-QDA codebook XML (.qdc, namespace urn:QDA-XML:codebook:1.0), the exchange format of
 * ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette: nested <Code> elements with a GUID, a name, a colour and a
 * <Description>. The schema is docs/standards/refi-qda/Codebook.xsd; the tests validate every export with it.
 */

export const qdcNamespace = 'urn:QDA-XML:codebook:1.0'

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A GUID for a tag: its id when that is one (tags made in Glossa), else one derived from the id, so that
 * exporting the same taxonomy twice gives the same GUIDs (FNV-1a over the id, four lanes, shaped as UUID v8).
 */
export function guidOf(id: string): string {
  if (guidPattern.test(id)) return id.toLowerCase()
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
  const hashed = lanes.map((seed, lane) => {
    let hash = seed
    for (const char of `${lane}:${id}`) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0
    return hash.toString(16).padStart(8, '0')
  })
  const hex = hashed.join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

interface TreeEntry extends CodebookEntry {
  guid: string
}

/** Writes entries (parents before children, as `codebookOf` lists them) with a GUID each, nested by path. */
export function writeCodebookQdc(entries: readonly TreeEntry[], origin: string): string {
  const children = new Map<string, TreeEntry[]>()
  for (const entry of entries) {
    const parent = entry.path.slice(0, -1).join('\u0000')
    children.set(parent, [...(children.get(parent) ?? []), entry])
  }
  const write = (entry: TreeEntry, indent: string): string => {
    const key = entry.path.join('\u0000')
    const inner = children.get(key) ?? []
    const colour = entry.color ? ` color="${escapeXml(entry.color)}"` : ''
    const open = `${indent}<Code guid="${entry.guid}" name="${escapeXml(entry.path.at(-1)!)}" isCodable="true"${colour}`
    const description = entry.description ? `${indent}  <Description>${escapeXml(entry.description)}</Description>\n` : ''
    if (!description && inner.length === 0) return `${open}/>\n`
    return `${open}>\n${description}${inner.map((child) => write(child, `${indent}  `)).join('')}${indent}</Code>\n`
  }
  const top = children.get('') ?? []
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="${qdcNamespace}" origin="${escapeXml(origin)}">\n  <Codes>\n` +
    top.map((entry) => write(entry, '    ')).join('') +
    '  </Codes>\n</CodeBook>\n'
  )
}

/** Reads a .qdc codebook (or the <CodeBook> of a .qde project file): every <Code>, nested, as an entry. */
export function readCodebookQdc(xml: string): Result<CodebookEntry[]> {
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true) return fail('errorCodebookNotXml', {}, wellFormed.err.msg)
  let nodes: XmlNode[]
  try {
    nodes = parseXml(xml)
  } catch (error) {
    return fail('errorCodebookNotXml', {}, (error as Error).message)
  }
  const root = nodes.find((node) => localName(node) === 'CodeBook' || localName(node) === 'Project')
  const book = root && localName(root) === 'Project' ? elements(root, 'CodeBook')[0] : root
  const codes = book && elements(book, 'Codes')[0]
  if (!codes) return fail('errorCodebookNotQdc')
  const entries: CodebookEntry[] = []
  const visit = (code: XmlNode, parent: string[]) => {
    const name = (attribute(code, 'name') ?? '').trim()
    if (!name) return
    const path = [...parent, name]
    const entry: CodebookEntry = { path }
    const colour = normaliseColour(attribute(code, 'color') ?? '')
    if (colour) entry.color = colour
    const description = elements(code, 'Description')[0]
    if (description) entry.description = rawText(description).trim()
    entries.push(entry)
    for (const child of elements(code, 'Code')) visit(child, path)
  }
  for (const code of elements(codes, 'Code')) visit(code, [])
  return ok(entries)
}
