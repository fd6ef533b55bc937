import type { DocJSON } from '../document/types'
import { hierarchicalElements, labelElements, noteElements, unusableElements, wrapperElements } from './vocabulary'
import { attribute, childrenOf, collapseSpace, isText, localName, plainText, type XmlNode } from './xml'

/**
 * One paragraph of the legal text from an element holding inline content (`p`, `block`, a table row...):
 * white space collapsed as a browser shows XML text, and each `authorialNote` (or `noteRef` to a note in
 * `meta`) taken out of the sentence and kept beside it as a footnote at its offset.
 */

export interface Footnote {
  /** Offset in the paragraph's text where the note's marker stands. */
  at: number
  marker: string
  text: string
}

export interface InlineContext {
  /** Notes kept in `meta/notes`, by id, for `noteRef href="#id"`. */
  notesById: Map<string, XmlNode>
  /** Counts what was found but has no place in the text. */
  notUsed: (name: string) => void
  footnotes: number
}

/** Elements inside inline content that begin a new line when shown: a space stands between them and the text. */
const breaking = new Set(['p', 'block', 'eol', 'eop', 'br', 'td', 'th', ...hierarchicalElements, ...wrapperElements, ...labelElements])

export function paragraphOf(node: XmlNode, context: InlineContext, prefix = ''): DocJSON {
  let text = ''
  const notes: Footnote[] = []
  const append = (piece: string) => {
    const collapsed = collapseSpace(piece)
    text += text === '' || text.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed
  }
  const addNote = (note: XmlNode, marker: string | undefined) => {
    context.footnotes++
    // The note's own text, without notes nested in it.
    const body = childrenOf(note).map((child) => plainText(child, noteElements)).filter(Boolean).join(' ')
    notes.push({ at: text.length, marker: marker ?? String(notes.length + 1), text: body })
  }
  const walk = (current: XmlNode) => {
    if (isText(current)) return append(String(current['#text']))
    const name = localName(current)
    if (!name) return
    if (noteElements.has(name)) return addNote(current, attribute(current, 'marker'))
    if (name === 'noteRef') {
      const target = context.notesById.get((attribute(current, 'href') ?? '').replace(/^#/, ''))
      if (target) return addNote(target, attribute(current, 'marker'))
    }
    if (unusableElements.has(name)) {
      context.notUsed(name)
      return
    }
    const breaks = breaking.has(name)
    if (breaks) append(' ')
    childrenOf(current).forEach(walk)
    if (breaks) append(' ')
  }
  if (prefix) append(prefix + ' ')
  if (isText(node)) append(String(node['#text']))
  else childrenOf(node).forEach(walk)
  return finish(text, notes)
}

/** Trims the collapsed text, moving the notes with it. */
function finish(text: string, notes: Footnote[]): DocJSON {
  const lead = text.length - text.trimStart().length
  const trimmed = text.trim()
  const kept = notes.map((note) => ({ ...note, at: Math.min(trimmed.length, Math.max(0, note.at - lead)) }))
  const node: DocJSON = { type: 'paragraph' }
  if (kept.length) node.attrs = { notes: kept }
  if (trimmed) node.content = [{ type: 'text', text: trimmed }]
  return node
}

/** Text of a label (`num`, `heading`): collapsed, notes left out. */
export function labelText(node: XmlNode | undefined): string {
  return node ? plainText(node, noteElements) : ''
}
