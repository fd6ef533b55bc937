import type { DocJSON } from '../document/types'
import { aknElements, aknNamespace, glossaNamespace } from './namespace'

/**
 * Writes a structured document as an Akoma Ntoso 3.0 act: the title in the preface, the preamble, and
 * the parts, chapters, articles, clauses (AKN paragraphs) and sub-points (AKN points) in the body, each
 * with its eId and its printed label as `num`. The normalised number goes in a `glossa:num` attribute
 * (AKN allows attributes from other namespaces), so that reading the file back gives the same document.
 */

export interface AknExportOptions {
  /** The document's language (ISO 639-1, as Glossa reports it). */
  language?: string
  /** When the export was made, for the FRBR dates. */
  date?: string
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const textOf = (node: DocJSON): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('')

const attr = (node: DocJSON, name: string) => String(node.attrs?.[name] ?? '')

/** ISO 639-2 codes for FRBR, which AKN asks for. */
const languageCodes: Record<string, string> = { en: 'eng', ru: 'rus', kk: 'kaz' }

function paragraphs(nodes: DocJSON[], indent: string): string {
  return nodes.map((node) => `${indent}<p>${escape(textOf(node))}</p>`).join('\n')
}

function heading(node: DocJSON, indent: string): string {
  const first = node.content?.[0]
  return first?.type === 'heading' ? `\n${indent}<heading>${escape(textOf(first))}</heading>` : ''
}

/** The children of a unit after its heading, as AKN wants them: loose paragraphs wrapped, sub-units as they are. */
function body(children: DocJSON[], indent: string): string {
  const hasUnits = children.some((child) => child.type !== 'paragraph')
  if (!hasUnits) return children.length ? `\n${indent}<content>\n${paragraphs(children, indent + '  ')}\n${indent}</content>` : ''
  const out: string[] = []
  let run: DocJSON[] = []
  let seenUnit = false
  const flush = (last: boolean) => {
    if (run.length === 0) return
    const wrapper = !seenUnit ? 'intro' : last ? 'wrapUp' : 'hcontainer'
    const open = wrapper === 'hcontainer' ? `<hcontainer name="text">\n${indent}  <content>` : `<${wrapper}>`
    const close = wrapper === 'hcontainer' ? `</content>\n${indent}</hcontainer>` : `</${wrapper}>`
    const inner = wrapper === 'hcontainer' ? indent + '    ' : indent + '  '
    out.push(`\n${indent}${open}\n${paragraphs(run, inner)}\n${indent}${wrapper === 'hcontainer' ? '  ' : ''}${close}`)
    run = []
  }
  for (const child of children) {
    if (child.type === 'paragraph') {
      run.push(child)
      continue
    }
    flush(false)
    seenUnit = true
    out.push('\n' + unit(child, indent))
  }
  flush(true)
  return out.join('')
}

function unit(node: DocJSON, indent: string): string {
  const element = aknElements[node.type as keyof typeof aknElements]
  if (!element) throw new RangeError(`Not a structural unit: ${node.type}`)
  const inner = indent + '  '
  const children = node.content ?? []
  const rest = children[0]?.type === 'heading' ? children.slice(1) : children
  return (
    `${indent}<${element} eId="${escape(attr(node, 'eId'))}" glossa:num="${escape(attr(node, 'num'))}">` +
    `\n${inner}<num>${escape(attr(node, 'label'))}</num>` +
    heading(node, inner) +
    body(rest, inner) +
    `\n${indent}</${element}>`
  )
}

function preamble(node: DocJSON): string {
  const children = node.content ?? []
  const rest = children[0]?.type === 'heading' ? children.slice(1) : children
  return (
    `    <preamble eId="preamble" glossa:label="${escape(attr(node, 'label'))}">` +
    heading(node, '      ') +
    `\n${paragraphs(rest, '      ')}\n    </preamble>\n`
  )
}

/** The document as an Akoma Ntoso 3.0 XML string. */
export function exportAkomaNtoso(doc: DocJSON, options: AknExportOptions = {}): string {
  const nodes = doc.content ?? []
  const title = nodes.find((node) => node.type === 'title')
  const date = (options.date ?? '1970-01-01').slice(0, 10)
  const language = languageCodes[options.language ?? ''] ?? 'und'
  const work = '/akn/xx/act/glossa/main'
  const frbr = (element: string, uri: string) =>
    `        <${element}>\n          <FRBRthis value="${uri}"/>\n          <FRBRuri value="${uri}"/>\n          <FRBRdate date="${date}" name="export"/>\n          <FRBRauthor href="#glossa"/>\n${element === 'FRBRExpression' ? `          <FRBRlanguage language="${language}"/>\n` : ''}${element === 'FRBRWork' ? '          <FRBRcountry value="xx"/>\n' : ''}        </${element}>\n`
  const bodyNodes = nodes.filter((node) => node.type !== 'title' && node.type !== 'preamble')
  const bodyXml = bodyNodes
    .map((node) => (node.type === 'paragraph' ? `      <hcontainer name="text">\n        <content>\n          <p>${escape(textOf(node))}</p>\n        </content>\n      </hcontainer>` : unit(node, '      ')))
    .join('\n')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<akomaNtoso xmlns="${aknNamespace}" xmlns:glossa="${glossaNamespace}">\n` +
    `  <act name="act">\n` +
    `    <meta>\n      <identification source="#glossa">\n` +
    frbr('FRBRWork', work) +
    frbr('FRBRExpression', `${work}/${language}@`) +
    frbr('FRBRManifestation', `${work}/${language}@/main.xml`) +
    `      </identification>\n    </meta>\n` +
    (title ? `    <preface>\n      <p class="title"><docTitle>${escape(textOf(title))}</docTitle></p>\n    </preface>\n` : '') +
    nodes.filter((node) => node.type === 'preamble').map(preamble).join('') +
    `    <body>\n${bodyXml}\n    </body>\n` +
    `  </act>\n</akomaNtoso>\n`
  )
}
