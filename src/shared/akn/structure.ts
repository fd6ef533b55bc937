import { EIdRegistry, eIdFor, romanToNumber } from '../document/eid'
import type { DocJSON } from '../document/types'
import { labelText, paragraphOf, type InlineContext } from './inline'
import { basicUnitCandidates, documentTypes, hierarchicalElements, ignoredElements, labelElements, noteElements, partLevels, pointElements, unusableElements, wrapperElements } from './vocabulary'
import { attribute, childrenOf, elements, isText, localName, plainText, type XmlNode } from './xml'

/**
 * Turns the hierarchy of an Akoma Ntoso body into Glossa's units. A document's basic unit (article, else
 * section, rule, clause: see vocabulary.ts) becomes an article; what holds basic units groups them (parts,
 * chapters, however deep); what is inside a basic unit becomes its clauses and, below, its sub-points, at any
 * depth. A document with none of these (a judgment, a debate, a `doc`) has its top-level blocks as its units.
 * Every unit gets a valid eId: the source's, else one made the AKN way, and the source id is mapped to it.
 */

export interface StructureContext extends InlineContext {
  eIds: EIdRegistry
  /** Source id (eId or xml:id) to the eId given, where they differ. */
  ids: Record<string, string>
  generatedIds: number
  /** `showAs` of the people, roles and bodies in `meta/references`, by eId: who a speech is `by`. */
  referenceNames: Map<string, string>
}

type UnitKind = 'part' | 'chapter' | 'article' | 'clause' | 'subpoint'

/** Elements whose content is inline text: never searched for units. */
const inlineHolders = new Set(['p', 'block', 'table', 'toc', 'meta', 'quotedStructure', 'embeddedStructure', 'subFlow', 'mod', ...labelElements, ...noteElements])

function structuralChildren(node: XmlNode): XmlNode[] {
  return elements(node).filter((child) => !inlineHolders.has(localName(child)) && !documentTypes.has(localName(child)))
}

/** Reads one body (or the body of an attachment): its units and loose paragraphs, in order. */
export class StructureReader {
  private readonly holdsBasic = new WeakMap<XmlNode, boolean>()
  private readonly basic: string | undefined

  constructor(
    body: XmlNode,
    private readonly context: StructureContext,
    /** eId prefix of the document read (an attachment's `att_1`), '' for the main one. */
    private readonly prefix = ''
  ) {
    this.basic = basicUnitCandidates.find((name) => this.contains(body, name))
  }

  /** Units and paragraphs of a body, a grouping or the top of an attachment. */
  readUnits(container: XmlNode, parentKind: 'doc' | 'part' | 'chapter', parentEId: string, own = false): DocJSON[] {
    const ordinals = new Map<string, number>()
    const wrapper = this.basic ? undefined : soleWrapper(container)
    return this.readChildren(
      container,
      own,
      (child) => {
        // A document without basic units whose text is all in one unit (a debate of one sitting, a play):
        // that unit groups, and what it holds are the units.
        if (child === wrapper) return [this.grouping(child, parentKind, parentEId, ordinals)]
        if (!this.basic || this.isBasic(child)) return [this.article(child, ordinals)]
        if (this.holds(child)) return [this.grouping(child, parentKind, parentEId, ordinals)]
        return this.flatParagraphs(child)
      },
      (child) => this.readUnits(child, parentKind, parentEId)
    )
  }

  /**
   * The children of a container in order: what Glossa cannot use reported and skipped, tables as rows,
   * inline content as paragraphs; hierarchical elements and nested containers as the caller reads them.
   */
  private readChildren(container: XmlNode, own: boolean, unit: (child: XmlNode) => DocJSON[], nested: (child: XmlNode) => DocJSON[]): DocJSON[] {
    const out: DocJSON[] = []
    for (const child of own ? ownChildren(container) : elements(container)) {
      const name = localName(child)
      if (ignoredElements.has(name) || documentTypes.has(name)) continue
      if (unusableElements.has(name)) this.context.notUsed(name)
      else if (hierarchicalElements.has(name)) out.push(...unit(child))
      else if (name === 'table') out.push(...this.rows(child))
      else if (this.isContainer(child)) out.push(...nested(child))
      else out.push(paragraphOf(child, this.context))
    }
    return out.filter((node) => node.type !== 'paragraph' || node.content || node.attrs)
  }

  private isBasic(node: XmlNode): boolean {
    return localName(node) === this.basic && !structuralChildren(node).some((child) => this.contains(child, this.basic!))
  }

  private holds(node: XmlNode): boolean {
    return this.basic !== undefined && this.contains(node, this.basic)
  }

  /** Whether `node` is, or has below it outside inline content, an element named `name`. */
  private contains(node: XmlNode, name: string): boolean {
    if (localName(node) === name) return true
    if (name === this.basic && this.holdsBasic.has(node)) return this.holdsBasic.get(node)!
    const found = structuralChildren(node).some((child) => this.contains(child, name))
    if (name === this.basic) this.holdsBasic.set(node, found)
    return found
  }

  /** A wrapper, or an element holding blocks, whose own text (if any) is only white space between them. */
  private isContainer(node: XmlNode): boolean {
    return (wrapperElements.has(localName(node)) || this.holdsBlocks(node)) && !hasOwnText(node)
  }

  /** An element not named in the vocabulary holds blocks when a `p`, unit or wrapper stands in it. */
  private holdsBlocks(node: XmlNode): boolean {
    return elements(node).some((child) => {
      const name = localName(child)
      if (noteElements.has(name) || inlineHolders.has(name)) return name === 'p' || name === 'block' || name === 'table'
      return hierarchicalElements.has(name) || wrapperElements.has(name) || this.holdsBlocks(child)
    })
  }

  private grouping(node: XmlNode, parentKind: 'doc' | 'part' | 'chapter', parentEId: string, ordinals: Map<string, number>): DocJSON {
    const kind = partLevels.has(localName(node)) && parentKind !== 'chapter' ? 'part' : 'chapter'
    const { attrs, heading } = this.identify(node, kind, parentEId, ordinals)
    return { type: kind, attrs, content: [...heading, ...this.readUnits(node, kind, attrs.eId, true)] }
  }

  private article(node: XmlNode, ordinals: Map<string, number>): DocJSON {
    const { attrs, heading } = this.identify(node, 'article', this.prefix, ordinals)
    return { type: 'article', attrs, content: [...heading, ...this.readInside(node, 'article', attrs.eId)] }
  }

  /** The clauses, sub-points and paragraphs inside a basic unit. */
  private readInside(container: XmlNode, parentKind: 'article' | 'clause' | 'subpoint', parentEId: string, own = true): DocJSON[] {
    const ordinals = new Map<string, number>()
    return this.readChildren(
      container,
      own,
      (child) => {
        // Glossa's own exports mark every unit (glossa:num), labelled or not; a speech is named by who it is by.
        const numbered =
          attribute(child, 'glossa:num') !== undefined || attribute(child, 'by') !== undefined || elements(child).some((inner) => ['num', 'heading', 'from'].includes(localName(inner)))
        const nested = structuralChildren(child).some((inner) => hierarchicalElements.has(localName(inner)) || this.holdsUnits(inner))
        if (!numbered && !nested) return this.readInside(child, parentKind, parentEId)
        return [this.subUnit(child, parentKind === 'article' && !pointElements.has(localName(child)) ? 'clause' : 'subpoint', parentEId, ordinals)]
      },
      (child) => this.readInside(child, parentKind, parentEId, false)
    )
  }

  private holdsUnits(node: XmlNode): boolean {
    return wrapperElements.has(localName(node)) && structuralChildren(node).some((inner) => hierarchicalElements.has(localName(inner)) || this.holdsUnits(inner))
  }

  private subUnit(node: XmlNode, kind: 'clause' | 'subpoint', parentEId: string, ordinals: Map<string, number>): DocJSON {
    const { attrs, headingText } = this.identify(node, kind, parentEId, ordinals)
    const inside = this.readInside(node, kind, attrs.eId)
    // A clause or sub-point has no heading of its own in Glossa: a heading opens its text.
    return { type: kind, attrs, content: headingText ? [textParagraph(headingText), ...inside] : inside }
  }

  /** eId, number and label of a unit, and its heading. */
  private identify(node: XmlNode, kind: UnitKind, parentEId: string, ordinals: Map<string, number>) {
    const ordinal = (ordinals.get(kind) ?? 0) + 1
    ordinals.set(kind, ordinal)
    const numElement = elements(node, 'num')[0] ?? elements(node, 'from')[0]
    const speaker = this.context.referenceNames.get((attribute(node, 'by') ?? '').replace(/^#/, ''))
    const label = labelText(numElement) || speaker || ''
    const headingText = labelText(elements(node, 'heading')[0])
    const num = attribute(node, 'glossa:num') ?? numberOf(label, attribute(node, 'eId') ?? attribute(node, 'xml:id') ?? attribute(node, 'id') ?? '', kind === 'part' || kind === 'chapter')
    const eId = this.eIdOf(node, kind, num || String(ordinal), parentEId)
    const fallbackLabel = !label && !headingText && !numberedHierarchy.has(localName(node)) ? humanise(attribute(node, 'name') ?? localName(node)) : ''
    const heading: DocJSON[] = headingText ? [{ type: 'heading', content: [{ type: 'text', text: headingText }] }] : []
    return { attrs: { eId, num, label: label || fallbackLabel }, heading, headingText }
  }

  /** The source's eId when it is a valid and unused one, else one made the AKN way; the source id is mapped to it. */
  private eIdOf(node: XmlNode, kind: UnitKind, num: string, parentEId: string): string {
    const own = attribute(node, 'eId')?.trim()
    // AKN 2.0 and earlier name units by `id`; 3.0 by eId, with xml:id, wId or GUID from some tools.
    const source = own || attribute(node, 'xml:id')?.trim() || attribute(node, 'id')?.trim() || attribute(node, 'wId')?.trim() || attribute(node, 'GUID')?.trim()
    const valid = own && /^\S+$/.test(own) ? (this.prefix && !own.startsWith(this.prefix) ? `${this.prefix}__${own}` : own) : undefined
    const wanted = valid ?? eIdFor(kind, num, kind === 'article' ? this.prefix : parentEId)
    const claimed = this.context.eIds.claim(wanted)
    if (!valid) this.context.generatedIds++
    if (source && source !== claimed && !(source in this.context.ids)) this.context.ids[source] = claimed
    return claimed
  }

  /** Every block of an element as paragraphs, its number and heading opening the first (preambles, loose blocks). */
  flatParagraphs(node: XmlNode): DocJSON[] {
    const out: DocJSON[] = []
    let pending = ''
    const push = (paragraph: DocJSON) => {
      out.push(pending ? prefixed(pending, paragraph) : paragraph)
      pending = ''
    }
    for (const child of isText(node) ? [] : elements(node)) {
      const name = localName(child)
      if (ignoredElements.has(name)) continue
      if (unusableElements.has(name)) this.context.notUsed(name)
      else if (name === 'num' || name === 'from') pending = [pending, labelText(child)].filter(Boolean).join(' ')
      else if (name === 'table') this.rows(child).forEach(push)
      else if ((hierarchicalElements.has(name) && !hasOwnText(child)) || this.isContainer(child)) this.flatParagraphs(child).forEach(push)
      else push(paragraphOf(child, this.context))
    }
    if (pending) out.push(textParagraph(pending))
    return out.filter((paragraph) => paragraph.content || paragraph.attrs)
  }

  /** A table, one paragraph per row, cells separated by a bar (Glossa's text has no tables; a tab would not survive XML white space). */
  private rows(table: XmlNode): DocJSON[] {
    return elements(table)
      .filter((row) => localName(row) === 'tr')
      .map((row) => textParagraph(elements(row).map((cell) => plainText(cell, noteElements)).join(' | ')))
  }
}

/** The one hierarchical child of a container, when it is the only one and holds two or more units itself. */
function soleWrapper(container: XmlNode): XmlNode | undefined {
  const units = elements(container).filter((child) => hierarchicalElements.has(localName(child)))
  const only = units.length === 1 ? units[0] : undefined
  return only && elements(only).filter((child) => hierarchicalElements.has(localName(child))).length >= 2 ? only : undefined
}

/** Whether text stands directly in the element (inline content), not only white space between its children. */
function hasOwnText(node: XmlNode): boolean {
  return childrenOf(node).some((child) => isText(child) && String(child['#text']).trim() !== '')
}

/** A unit's children without the label elements that name it (its first `num`, `heading`, `from`). */
function ownChildren(node: XmlNode): XmlNode[] {
  const seen = new Set<string>()
  return elements(node).filter((child) => {
    const name = localName(child)
    if (name !== 'num' && name !== 'heading' && name !== 'from') return true
    if (seen.has(name)) return true
    seen.add(name)
    return false
  })
}

/**
 * The schema's numbered hierarchy (ANhier): a unit of these without a label has none. The others (a
 * judgment's blocks, a debate's sections, an `hcontainer`) are named by their element or `name` when
 * they show neither number nor heading.
 */
const numberedHierarchy = new Set([
  'alinea', 'article', 'book', 'chapter', 'clause', 'division', 'indent', 'level', 'list', 'paragraph', 'part', 'point', 'proviso',
  'rule', 'section', 'subchapter', 'subclause', 'subdivision', 'sublist', 'subparagraph', 'subpart', 'subrule', 'subsection',
  'subtitle', 'title', 'tome', 'transitional', 'item'
])

function textParagraph(text: string): DocJSON {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
}

/** A paragraph with a label (a recital's "(1)") before its text; its notes move with the text. */
function prefixed(prefix: string, paragraph: DocJSON): DocJSON {
  const text = paragraph.content?.[0]?.text ?? ''
  const notes = (paragraph.attrs?.['notes'] as { at: number }[] | undefined)?.map((note) => ({ ...note, at: note.at + prefix.length + 1 }))
  return { ...textParagraph(text ? `${prefix} ${text}` : prefix), ...(notes ? { attrs: { notes } } : {}) }
}

/** "debateSection" → "Debate section", "background" → "Background". */
function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The normalised number of a unit, from its printed label ("Article 12a" → 12a, "§ 3" → 3, "Part IV" → 4 for
 * groupings, "(b)" → b), else from the last segment of its source id ("art_7", "hauptteil-1_art-7").
 */
export function numberOf(label: string, sourceId: string, roman: boolean): string {
  for (const candidate of [label, sourceId.split(/__|_/).pop() ?? '']) {
    const digits = /\d+(?:[.-]\d+)*(?:[a-z](?![\p{L}]))?/iu.exec(candidate)?.[0]
    if (digits) return digits.toLowerCase()
    const tokens = candidate.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean)
    const last = tokens[tokens.length - 1]
    if (!last) continue
    const value = roman ? romanToNumber(last) : undefined
    if (value !== undefined) return String(value)
    if (last.length <= 4 && tokens.length <= 2) return last.toLowerCase()
  }
  return ''
}
