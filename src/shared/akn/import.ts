import { EIdRegistry } from '../document/eid'
import type { DocJSON } from '../document/types'
import { countUnits, structureWarnings } from '../import/checks'
import { detectLanguage } from '../import/language'
import type { ImportOutcome } from '../import/plain-text'
import type { ImportWarning } from '../import/report'
import { fitToSchema } from './fit'
import { readMetadata, type AknMetadata } from './metadata'
import { StructureReader, type StructureContext } from './structure'
import { bodyElements, documentTypes, frontElements } from './vocabulary'
import { attribute, elements, findElement, localName, parseXml, plainText, type XmlNode } from './xml'

/**
 * Reads an Akoma Ntoso 3.0 document into a structured document: acts and bills of articles or of sections,
 * judgments, debates, `doc`s and document collections, in the OASIS vocabulary whatever the prefix
 * (LegalDocML.de, LEOS). Attachments and the documents of a collection are kept, each as a part; notes as
 * footnotes of their paragraph; FRBR metadata on the document (`doc.attrs.akn`). The inverse of export.ts:
 * Glossa's own `glossa:num` is read back when present.
 */

/** How the import found what it read: shown in the report, kept for the export. */
export interface AknImportDetails {
  documentType: string
  metadata: AknMetadata
  /** Attachments, schedules and collection members kept, by their number and title. */
  attachments: string[]
  footnotes: number
  /** Units that had no usable eId and were given one. */
  generatedIds: number
  /** Elements whose content Glossa could not use, with how often they occurred. */
  notUsed: Record<string, number>
}

interface Reading {
  context: StructureContext
  attachments: string[]
  /** eIds of the parts that attached documents became: each is numbered on its own. */
  attachedParts: Set<string>
  /** Components by id, found once when the first `documentRef` asks. */
  components?: Map<string, XmlNode>
}

function docElementOf(container: XmlNode): XmlNode | undefined {
  return elements(container).find((node) => documentTypes.has(localName(node)))
}

/** Components that `documentRef`s point to, by any id they carry. */
function componentsById(root: XmlNode): Map<string, XmlNode> {
  const byId = new Map<string, XmlNode>()
  const visit = (node: XmlNode) => {
    for (const child of elements(node)) {
      const name = localName(child)
      if (name === 'component' || name === 'attachment') {
        for (const id of ['eId', 'wId', 'GUID', 'xml:id']) {
          const value = attribute(child, id)
          if (value) byId.set(value, child)
        }
        const inner = docElementOf(child)
        const uri = inner && readMetadata(inner).uris
        for (const value of Object.values(uri ?? {})) if (value) byId.set(value, child)
      }
      if (name !== 'meta' && name !== 'p') visit(child)
    }
  }
  visit(root)
  return byId
}

/** `showAs` of every TLC reference (TLCPerson, TLCRole, TLCOrganization...) in `meta/references`, by eId. */
function referenceNames(root: XmlNode): Map<string, string> {
  const names = new Map<string, string>()
  for (const references of elements(root).flatMap((node) => elements(node, 'meta')).flatMap((meta) => elements(meta, 'references'))) {
    for (const reference of elements(references)) {
      const id = attribute(reference, 'eId') ?? attribute(reference, 'xml:id')
      const name = attribute(reference, 'showAs')
      if (id && name) names.set(id, name)
    }
  }
  return names
}

/** The `note`s of every `meta/notes`, for `noteRef`s. */
function notesById(root: XmlNode): Map<string, XmlNode> {
  const byId = new Map<string, XmlNode>()
  const visit = (node: XmlNode) => {
    for (const child of elements(node)) {
      if (localName(child) === 'note') {
        const id = attribute(child, 'eId') ?? attribute(child, 'xml:id')
        if (id) byId.set(id, child)
      } else visit(child)
    }
  }
  for (const meta of elements(root).flatMap((node) => elements(node, 'meta'))) visit(meta)
  return byId
}

function preambleOf(document: XmlNode, reader: StructureReader): DocJSON | undefined {
  const element = elements(document, 'preamble')[0]
  if (!element) return undefined
  const heading = plainText(elements(element, 'heading')[0] ?? { heading: [] })
  const paragraphs = reader.flatParagraphs({ preamble: elements(element).filter((node) => localName(node) !== 'heading') })
  return {
    type: 'preamble',
    attrs: { eId: 'preamble', num: '', label: attribute(element, 'glossa:label') ?? '' },
    content: [...(heading ? [{ type: 'heading', content: [{ type: 'text', text: heading }] }] : []), ...(paragraphs.length ? paragraphs : [{ type: 'paragraph' }])]
  }
}

/**
 * The units of one document element: its body (or its collection's documents), its conclusions as loose
 * paragraphs, its attachments as parts. `prefix` is the eId of the part an attached document becomes.
 */
function readDocument(document: XmlNode, reading: Reading, root: XmlNode, prefix: string): DocJSON[] {
  const body = elements(document).find((node) => bodyElements.has(localName(node)))
  const out: DocJSON[] = []
  if (body && localName(body) === 'collectionBody') {
    elements(body, 'component').forEach((component, index) => out.push(...attachedPart(component, index + 1, 'cmp', reading, root, prefix)))
  } else if (body) {
    const reader = new StructureReader(body, reading.context, prefix)
    out.push(...reader.readUnits(body, prefix ? 'part' : 'doc', prefix))
  }
  for (const conclusions of elements(document, 'conclusions')) out.push(...new StructureReader(conclusions, reading.context, prefix).flatParagraphs(conclusions))
  const attachments = [...elements(document, 'attachments').flatMap((node) => elements(node, 'attachment')), ...elements(document, 'components').flatMap((node) => elements(node, 'component'))]
  attachments.forEach((attachment, index) => out.push(...attachedPart(attachment, index + 1, 'att', reading, root, prefix)))
  return out
}

/** An attachment, or a member of a collection, as one part: its number as label, its title as heading. */
function attachedPart(container: XmlNode, ordinal: number, kind: 'att' | 'cmp', reading: Reading, root: XmlNode, prefix: string): DocJSON[] {
  const ref = elements(container, 'documentRef')[0]
  if (ref) reading.components ??= componentsById(root)
  const target = ref ? reading.components?.get((attribute(ref, 'href') ?? '').replace(/^#/, '')) : undefined
  const document = docElementOf(target ?? container)
  const interstitial = elements(container, 'interstitial')[0]
  if (!document) {
    if (interstitial) return new StructureReader(interstitial, reading.context, prefix).flatParagraphs(interstitial)
    if (ref) reading.context.notUsed('documentRef')
    return []
  }
  const metadata = readMetadata(document)
  const own = attribute(container, 'eId')?.trim()
  const wanted = own && /^\S+$/.test(own) ? own : `${prefix ? `${prefix}__` : ''}${kind}_${ordinal}`
  const eId = reading.context.eIds.claim(wanted)
  // An attachment may carry its own num and heading (docContainerType); its document's FRBRnumber is the act's.
  const ownNum = plainText(elements(container, 'num')[0] ?? { num: [] })
  const ownHeading = plainText(elements(container, 'heading')[0] ?? { heading: [] })
  const label = ownNum || metadata.printedNumber || (ref ? attribute(ref, 'showAs') : undefined) || ''
  const title = ownHeading || metadata.title || ''
  const subheading = plainText(elements(container, 'subheading')[0] ?? { subheading: [] })
  reading.attachments.push([label, title].filter(Boolean).join(': ') || `${kind}_${ordinal}`)
  const reader = new StructureReader(document, reading.context, eId)
  const preamble = preambleOf(document, reader)
  const content = [
    ...(title ? [{ type: 'heading', content: [{ type: 'text', text: title }] }] : []),
    ...(subheading ? [{ type: 'paragraph', content: [{ type: 'text', text: subheading }] }] : []),
    ...(preamble?.content?.filter((node) => node.type === 'paragraph') ?? []),
    ...readDocument(document, reading, root, eId)
  ]
  reading.attachedParts.add(eId)
  return [{ type: 'part', attrs: { eId, num: String(ordinal), label }, content }]
}

const hasAnchoringUnit = (nodes: DocJSON[]) => nodes.some((node) => node.type !== 'paragraph' && node.type !== 'title')

/** Reads an Akoma Ntoso document; refuses XML that is not one, or that holds neither units nor text. */
export function importAkomaNtoso(xml: string): ImportOutcome {
  let parsed: XmlNode[]
  try {
    parsed = parseXml(xml)
  } catch (error) {
    return { ok: false, error: { code: 'errorImportNotAkn', params: {}, detail: (error as Error).message } }
  }
  const root = parsed.find((node) => localName(node) === 'akomaNtoso')
  const document = root && (docElementOf(root) ?? elements(root).find((node) => localName(node) !== 'components'))
  if (!root || !document) return { ok: false, error: { code: 'errorImportNotAkn', params: {} } }

  const notUsed: Record<string, number> = {}
  const context: StructureContext = {
    eIds: new EIdRegistry(),
    ids: {},
    generatedIds: 0,
    footnotes: 0,
    notesById: notesById(root),
    referenceNames: referenceNames(root),
    notUsed: (name) => {
      notUsed[name] = (notUsed[name] ?? 0) + 1
    }
  }
  context.eIds.claim('preamble')
  const reading: Reading = { context, attachments: [], attachedParts: new Set() }
  const metadata = readMetadata(document)
  reportFrontMatter(document, metadata, context)
  const preamble = preambleOf(document, new StructureReader(document, context))
  let units = readDocument(document, reading, root, '')
  if (!hasAnchoringUnit(units) && units.length) {
    // A document without units (a `doc` of paragraphs): one unit holds its text, so it can be annotated.
    units = [{ type: 'article', attrs: { eId: context.eIds.claim('body'), num: '', label: '' }, content: units }]
  }
  const text = [preamble, ...units].filter(Boolean)
  if (!hasAnchoringUnit(units) && !JSON.stringify(text).includes('"text"')) return { ok: false, error: { code: 'errorImportNoArticles', params: { lines: 0 } } }

  const akn: AknMetadata = { ...metadata, ...(Object.keys(context.ids).length ? { ids: context.ids } : {}) }
  const content: DocJSON[] = [
    ...(metadata.title ? [{ type: 'title', content: [{ type: 'text', text: metadata.title }] }] : []),
    ...(preamble ? [preamble] : []),
    ...units
  ]
  const doc = fitToSchema({ type: 'doc', attrs: { akn }, content })
  const counts = countUnits(doc)
  const language = metadata.language ?? languageAttribute(document) ?? detectLanguage(JSON.stringify(content))
  const details: AknImportDetails = { documentType: metadata.type, metadata, attachments: reading.attachments, footnotes: context.footnotes, generatedIds: context.generatedIds, notUsed }
  const warnings: ImportWarning[] = [
    ...numberingWarnings(doc, reading.attachedParts),
    ...reading.attachments.map((name): ImportWarning => ({ code: 'aknAttachmentKept', params: { name } })),
    ...(context.generatedIds ? [{ code: 'aknIdsGenerated', params: { count: context.generatedIds } } as ImportWarning] : []),
    ...(Object.keys(notUsed).length ? [{ code: 'aknNotUsed', params: { elements: Object.entries(notUsed).map(([name, count]) => `${name} (${count})`).join(', ') } } as ImportWarning] : [])
  ]
  return { ok: true, doc, report: { format: 'akn', language, counts, warnings, akn: details } }
}

/**
 * A title page (`preface`, a judgment's `header`, a `coverPage`) is read for the title, number and date only;
 * when it says more (parties, judges, a proponent), the report names it as not used.
 */
function reportFrontMatter(document: XmlNode, metadata: AknMetadata, context: StructureContext) {
  const read = [metadata.title, metadata.printedNumber].filter((part): part is string => Boolean(part))
  for (const front of elements(document).filter((node) => frontElements.has(localName(node)))) {
    let rest = plainText(front, new Set(['docTitle', 'docNumber', 'docDate', 'docStage', 'docType', 'docProponent', 'authorialNote', 'toc']))
    for (const part of read) rest = rest.replace(part, '')
    if (/[\p{L}\p{N}]/u.test(rest)) context.notUsed(localName(front))
  }
}

function languageAttribute(document: XmlNode): string | undefined {
  const tagged = findElement([document], 'body')
  const value = attribute(document, 'xml:lang') ?? (tagged ? attribute(tagged, 'xml:lang') : undefined)
  return value?.split('-')[0]?.toLowerCase()
}

/** Numbering and empty-article checks, run on the main document and on each attached one apart. */
function numberingWarnings(doc: DocJSON, attachedParts: Set<string>): ImportWarning[] {
  const attached: DocJSON[] = []
  const strip = (node: DocJSON): DocJSON => ({
    ...node,
    content: node.content
      ?.filter((child) => {
        const isAttached = child.type === 'part' && attachedParts.has(String(child.attrs?.['eId']))
        if (isAttached) attached.push(child)
        return !isAttached
      })
      .map(strip)
  })
  const main = strip(doc)
  return [main, ...attached.map((part) => ({ type: 'doc', content: part.content }))].flatMap((each) => structureWarnings(each))
}
