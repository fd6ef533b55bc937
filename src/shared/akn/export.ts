import { EIdRegistry, eIdFor } from '../document/eid'
import type { DocJSON } from '../document/types'
import type { Footnote } from './inline'
import type { AknMetadata } from './metadata'
import { frbrIdentity, type FrbrIdentity, type FrbrOptions } from './frbr'
import { aknElements, aknNamespace, glossaNamespace } from './namespace'

/**
 * Writes a structured document as an Akoma Ntoso 3.0 act, valid against the OASIS schema whatever the
 * document holds: the title in the preface, the preamble, and the parts, chapters, articles, clauses (AKN
 * paragraphs) and sub-points (AKN points) in the body, nested as deep as they are, each with a valid,
 * unique eId (the document's own where it has one) and its printed label as `num`. Footnotes of the text
 * become `authorialNote`s at their place. The normalised number goes in a `glossa:num` attribute (AKN allows
 * attributes from other namespaces), so that reading the file back gives the same document.
 */

export type AknExportOptions = FrbrOptions

/**
 * Text as XML 1.0 can hold it: markup escaped, characters XML forbids (control characters a PDF or a paste
 * may bring, lone surrogates) replaced, and white space that an attribute would lose kept as references.
 */
export const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- these are the characters to replace
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')

const textOf = (node: DocJSON): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('')

const attr = (node: DocJSON, name: string) => String(node.attrs?.[name] ?? '')

type Kind = keyof typeof aknElements

class Writer {
  private readonly eIds = new EIdRegistry()
  private notes = 0

  constructor() {
    this.eIds.claim('preamble')
  }

  /** A paragraph's text with its footnotes as `authorialNote`s where they stand. */
  paragraph(node: DocJSON, indent: string): string {
    const text = textOf(node)
    const notes = [...((node.attrs?.['notes'] as Footnote[] | null) ?? [])].sort((a, b) => a.at - b.at)
    let out = ''
    let from = 0
    for (const note of notes) {
      const at = Math.max(from, Math.min(text.length, note.at))
      out += escapeXml(text.slice(from, at))
      const eId = this.eIds.claim(`authorialNote_${++this.notes}`)
      out += `<authorialNote marker="${escapeXml(note.marker)}" placement="bottom" eId="${eId}"><p>${escapeXml(note.text)}</p></authorialNote>`
      from = at
    }
    return `${indent}<p>${out}${escapeXml(text.slice(from))}</p>`
  }

  paragraphs(nodes: DocJSON[], indent: string): string {
    return nodes.map((node) => this.paragraph(node, indent)).join('\n')
  }

  /** The children of a unit after its heading, as AKN wants them: loose paragraphs wrapped, sub-units as they are. */
  body(children: DocJSON[], indent: string, eId: string): string {
    const hasUnits = children.some((child) => child.type !== 'paragraph')
    if (!hasUnits) return children.length ? `\n${indent}<content>\n${this.paragraphs(children, indent + '  ')}\n${indent}</content>` : ''
    const out: string[] = []
    let run: DocJSON[] = []
    let seenUnit = false
    const flush = (last: boolean) => {
      if (run.length === 0) return
      const wrapper = !seenUnit ? 'intro' : last ? 'wrapUp' : 'hcontainer'
      if (wrapper === 'hcontainer') {
        const id = this.textContainerId(eId)
        out.push(`\n${indent}<hcontainer eId="${id}" name="text">\n${indent}  <content>\n${this.paragraphs(run, indent + '    ')}\n${indent}  </content>\n${indent}</hcontainer>`)
      } else out.push(`\n${indent}<${wrapper}>\n${this.paragraphs(run, indent + '  ')}\n${indent}</${wrapper}>`)
      run = []
    }
    for (const child of children) {
      if (child.type === 'paragraph') {
        run.push(child)
        continue
      }
      flush(false)
      seenUnit = true
      out.push('\n' + this.unit(child, indent, eId))
    }
    flush(true)
    return out.join('')
  }

  /** The unit's own eId when valid and not yet used, else one made the AKN way below its parent. */
  private eIdOf(node: DocJSON, kind: Kind, parentEId: string, ordinal: number): string {
    const own = attr(node, 'eId').trim()
    if (own && /^\S+$/.test(own)) {
      const claimed = this.eIds.claim(own)
      if (claimed === own) return own
    }
    return this.eIds.claim(eIdFor(kind, attr(node, 'num') || String(ordinal), kind === 'article' ? '' : parentEId))
  }

  private ordinals = new Map<string, number>()

  /** eId of an `hcontainer` holding loose paragraphs: `hcontainer_1`, `art_5__hcontainer_2`. */
  private textContainerId(parentEId: string): string {
    const key = `${parentEId}/hcontainer`
    const ordinal = (this.ordinals.get(key) ?? 0) + 1
    this.ordinals.set(key, ordinal)
    return this.eIds.claim(`${parentEId ? `${parentEId}__` : ''}hcontainer_${ordinal}`)
  }

  unit(node: DocJSON, indent: string, parentEId: string): string {
    const kind = node.type as Kind
    const element = aknElements[kind]
    if (!element) throw new RangeError(`Not a structural unit: ${node.type}`)
    const key = `${parentEId}/${kind}`
    const ordinal = (this.ordinals.get(key) ?? 0) + 1
    this.ordinals.set(key, ordinal)
    const eId = this.eIdOf(node, kind, parentEId, ordinal)
    const inner = indent + '  '
    const children = node.content ?? []
    const first = children[0]
    const rest = first?.type === 'heading' ? children.slice(1) : children
    const label = attr(node, 'label')
    return (
      `${indent}<${element} eId="${escapeXml(eId)}" glossa:num="${escapeXml(attr(node, 'num'))}">` +
      (label ? `\n${inner}<num>${escapeXml(label)}</num>` : '') +
      (first?.type === 'heading' ? `\n${inner}<heading>${escapeXml(textOf(first))}</heading>` : '') +
      this.body(rest, inner, eId) +
      `\n${indent}</${element}>`
    )
  }

  preamble(node: DocJSON): string {
    const children = node.content ?? []
    const first = children[0]
    const rest = first?.type === 'heading' ? children.slice(1) : children
    return (
      `    <preamble eId="preamble" glossa:label="${escapeXml(attr(node, 'label'))}">` +
      (first?.type === 'heading' ? `\n      <heading>${escapeXml(textOf(first))}</heading>` : '') +
      `\n${this.paragraphs(rest.length ? rest : [{ type: 'paragraph' }], '      ')}\n    </preamble>\n`
    )
  }

  topLevel(nodes: DocJSON[]): string {
    const out = nodes.map((node) => {
      if (node.type !== 'paragraph') return this.unit(node, '      ', '')
      const id = this.textContainerId('')
      return `      <hcontainer eId="${id}" name="text">\n        <content>\n${this.paragraph(node, '          ')}\n        </content>\n      </hcontainer>`
    })
    // An AKN body holds at least one unit.
    return out.length ? out.join('\n') : `      <hcontainer eId="${this.textContainerId('')}" name="text">\n        <content>\n          <p/>\n        </content>\n      </hcontainer>`
  }
}

function identification(frbr: FrbrIdentity): string {
  const core = (uri: string) =>
    `          <FRBRthis value="${escapeXml(uri)}"/>\n          <FRBRuri value="${escapeXml(uri)}"/>\n`
  const aliases = frbr.aliases.map((alias) => `          <FRBRalias value="${escapeXml(alias.value)}" name="${escapeXml(alias.name || 'alias')}"/>\n`).join('')
  const dated = `          <FRBRdate date="${frbr.date}" name="${frbr.type === 'bill' ? 'presentation' : 'generation'}"/>\n          <FRBRauthor href="#glossa"/>\n`
  return (
    `    <meta>\n      <identification source="#glossa">\n` +
    `        <FRBRWork>\n${core(frbr.work)}${aliases}${dated}          <FRBRcountry value="${escapeXml(frbr.country)}"/>\n` +
    (frbr.subtype !== frbr.type ? `          <FRBRsubtype value="${escapeXml(frbr.subtype)}"/>\n` : '') +
    `          <FRBRnumber value="${escapeXml(frbr.number)}"/>\n` +
    (frbr.title ? `          <FRBRname value="${escapeXml(frbr.title)}"/>\n` : '') +
    `        </FRBRWork>\n` +
    `        <FRBRExpression>\n${core(frbr.expression)}${dated}          <FRBRlanguage language="${frbr.language}"/>\n        </FRBRExpression>\n` +
    `        <FRBRManifestation>\n${core(frbr.manifestation)}${dated}        </FRBRManifestation>\n` +
    `      </identification>\n` +
    `      <references source="#glossa">\n        <TLCOrganization eId="glossa" href="/ontology/organization/glossa" showAs="Glossa"/>\n      </references>\n` +
    `    </meta>\n`
  )
}

/** The document as an Akoma Ntoso 3.0 XML string. */
export function exportAkomaNtoso(doc: DocJSON, options: AknExportOptions = {}): string {
  const nodes = doc.content ?? []
  const title = nodes.find((node) => node.type === 'title')
  const titleText = title ? textOf(title) : undefined
  const frbr = frbrIdentity(doc.attrs?.['akn'] as Partial<AknMetadata> | undefined, titleText, options)
  const writer = new Writer()
  const preface = title ? `    <preface>\n      <p class="title"><docTitle>${escapeXml(titleText!)}</docTitle></p>\n    </preface>\n` : ''
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<akomaNtoso xmlns="${aknNamespace}" xmlns:glossa="${glossaNamespace}">\n` +
    `  <${frbr.type} name="${escapeXml(frbr.subtype)}">\n` +
    identification(frbr) +
    preface +
    nodes.filter((node) => node.type === 'preamble').map((node) => writer.preamble(node)).join('') +
    `    <body>\n${writer.topLevel(nodes.filter((node) => node.type !== 'title' && node.type !== 'preamble'))}\n    </body>\n` +
    `  </${frbr.type}>\n</akomaNtoso>\n`
  )
}
