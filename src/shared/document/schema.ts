import { Schema, type DOMOutputSpec, type Node as PMNode, type NodeSpec } from 'prosemirror-model'

/**
 * The legal-document schema. Structure follows Akoma Ntoso (OASIS LegalDocML): preamble, parts, chapters,
 * articles, numbered clauses (AKN "paragraph") and sub-points (AKN "point"). Every structural node carries
 * its eId, its normalised number and the label exactly as the source printed it ("Article 5", "5-бап").
 * The legal text itself carries no marks: annotations are drawn as decorations, never written into it.
 */

const structuralAttrs = {
  eId: { default: '' },
  num: { default: '' },
  label: { default: '' }
}

/** Renders a structural unit: a non-editable label ("Article 5") above its editable body. */
function unitDOM(tag: string, kind: string, node: PMNode): DOMOutputSpec {
  const attrs = node.attrs as { eId: string; num: string; label: string }
  return [
    tag,
    { class: `lx-${kind}`, 'data-kind': kind, 'data-eid': attrs.eId, 'data-num': attrs.num, 'data-label': attrs.label },
    ['div', { class: 'lx-label', contenteditable: 'false' }, attrs.label],
    ['div', { class: 'lx-body' }, 0]
  ]
}

function unitParse(tag: string, kind: string): NodeSpec['parseDOM'] {
  return [
    {
      tag: `${tag}[data-kind="${kind}"]`,
      contentElement: '.lx-body',
      getAttrs: (dom) => ({
        eId: dom.getAttribute('data-eid') ?? '',
        num: dom.getAttribute('data-num') ?? '',
        label: dom.getAttribute('data-label') ?? ''
      })
    }
  ]
}

function unit(tag: string, kind: string, content: string, group?: string): NodeSpec {
  return {
    content,
    group,
    attrs: structuralAttrs,
    defining: true,
    isolating: true,
    toDOM: (node) => unitDOM(tag, kind, node),
    parseDOM: unitParse(tag, kind)
  }
}

/** Footnotes of a paragraph, as a project file may hold them: anything else is refused, never rendered. */
function validateNotes(value: unknown): void {
  const valid =
    value === null ||
    (Array.isArray(value) &&
      value.every((note: unknown) => {
        const candidate = note as { at?: unknown; marker?: unknown; text?: unknown } | null
        return typeof candidate === 'object' && candidate !== null && Number.isInteger(candidate.at) && (candidate.at as number) >= 0 && typeof candidate.marker === 'string' && typeof candidate.text === 'string'
      }))
  if (!valid) throw new RangeError('Paragraph notes must be a list of { at, marker, text }')
}

function validateMetadata(value: unknown): void {
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new RangeError('Document metadata must be an object')
}

export const legalSchema = new Schema({
  nodes: {
    // `akn`: what an Akoma Ntoso import read about the document (FRBR country, type, number, date, title,
    // the map from source ids to eIds), so that an export can say it again. Null for other sources.
    doc: { content: 'title? preamble? (part | chapter | article | paragraph)*', attrs: { akn: { default: null, validate: validateMetadata } } },
    title: {
      content: 'text*',
      marks: '',
      defining: true,
      toDOM: () => ['h1', { class: 'lx-title' }, 0],
      parseDOM: [{ tag: 'h1' }]
    },
    preamble: unit('section', 'preamble', 'heading? paragraph+'),
    // Parts and chapters nest, for legislatures with more levels (book > part > title > chapter > section).
    part: unit('section', 'part', 'heading? (part | chapter | article | paragraph)*'),
    chapter: unit('section', 'chapter', 'heading? (chapter | article | paragraph)*'),
    article: unit('article', 'article', 'heading? (clause | subpoint | paragraph)*'),
    clause: unit('div', 'clause', 'paragraph (paragraph | subpoint)*'),
    subpoint: unit('div', 'subpoint', 'paragraph (paragraph | subpoint)*'),
    heading: {
      content: 'text*',
      marks: '',
      defining: true,
      toDOM: () => ['h2', { class: 'lx-heading' }, 0],
      parseDOM: [{ tag: 'h2' }]
    },
    paragraph: {
      content: 'text*',
      marks: '',
      // Footnotes of the text (an Akoma Ntoso `authorialNote`): `{ at, marker, text }` with `at` the offset
      // in the paragraph's text. Kept beside the text, not in it, so that they never move an annotation.
      attrs: { notes: { default: null, validate: validateNotes } },
      toDOM: (node) => {
        const notes = node.attrs['notes'] as { marker: string; text: string }[] | null
        return notes?.length ? ['p', { class: 'lx-has-notes', title: notes.map((note) => `${note.marker} ${note.text}`.trim()).join('\n') }, 0] : ['p', 0]
      },
      parseDOM: [{ tag: 'p' }]
    },
    text: {}
  },
  marks: {}
})

/** The kinds of structural unit, outermost first. */
export const unitKinds = ['preamble', 'part', 'chapter', 'article', 'clause', 'subpoint'] as const
export type UnitKind = (typeof unitKinds)[number]

export function isUnitKind(name: string): name is UnitKind {
  return (unitKinds as readonly string[]).includes(name)
}
