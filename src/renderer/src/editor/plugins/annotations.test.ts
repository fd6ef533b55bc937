import { describe, expect, it } from 'vitest'
import { history, undo } from 'prosemirror-history'
import { EditorState } from 'prosemirror-state'
import { legalSchema } from '../../../../shared/document/schema'
import { importPlainText } from '../../../../shared/import/plain-text'
import { buildDocumentText } from '../../../../shared/annotations/document-text'
import { createAnnotation } from '../../../../shared/annotations/model'
import { targetFromRange } from '../../../../shared/annotations/selectors'
import type { Annotation } from '../../../../shared/annotations/types'
import { annotationLayout, annotationsAt, annotationsKey, annotationsPlugin, currentTargets, patchAnnotations, patchChangesDrawing, syncAnnotations, type DrawnAnnotation } from './annotations'

const text = [
  'Constitution of Examplestan',
  '',
  'Part I. The state',
  '',
  'Article 1',
  '1. The Republic is a secular state.',
  '2. Religious associations are separate from the state.',
  '',
  'Article 2',
  '1. Marriage is a union based on free consent.',
  ''
].join('\n')

function startState() {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return EditorState.create({ doc: legalSchema.nodeFromJSON(outcome.doc), plugins: [annotationsPlugin()] })
}

const author = { id: 'a', name: 'A', color: '#123456' }

/** An annotation on the first occurrence of `quote`, made as a selection would make it. */
function annotate(state: EditorState, quote: string, id: string): Annotation {
  let from = -1
  state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(quote)) from = pos + node.text!.indexOf(quote)
  })
  const target = targetFromRange(buildDocumentText(state.doc), { from, to: from + quote.length })!
  return createAnnotation({ target, author, id })
}

const drawn = (annotations: Annotation[]): DrawnAnnotation[] => annotations.map((annotation) => ({ annotation, color: '#e0b43c' }))
const segmentsOf = (state: EditorState) => annotationsKey.getState(state)!.decorations.find() as unknown as { from: number; to: number; spec: { ids: string[] } }[]
const drawnIds = (state: EditorState) => [...new Set(segmentsOf(state).flatMap((decoration) => decoration.spec.ids))].sort()
const quoteOf = (state: EditorState, id: string) => {
  const range = annotationsKey.getState(state)!.ranges.get(id)
  return range && state.doc.textBetween(range.from, range.to)
}
const posOf = (state: EditorState, needle: string) => {
  let found = -1
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle)
  })
  return found
}

describe('the annotations plugin', () => {
  const base = startState()
  const secular = annotate(base, 'secular state', 'secular')
  const separate = annotate(base, 'separate from the state', 'separate')
  const marriage = annotate(base, 'free consent', 'marriage')
  const loaded = base.apply(syncAnnotations(base.tr, drawn([marriage, secular, separate])))

  it('anchors every annotation and lists them in document order', () => {
    expect(annotationLayout(loaded)).toEqual({ order: ['secular', 'separate', 'marriage'], orphans: [], counts: new Map([['art_1', 2], ['art_2', 1]]) })
    expect(loaded.plugins.length).toBe(1)
    expect(drawnIds(loaded)).toEqual(['marriage', 'secular', 'separate'])
  })

  it('follows insertions before, inside and after a quote while the text is edited', () => {
    let state = loaded
    state = state.apply(state.tr.insertText('democratic and ', posOf(state, 'secular state')))
    expect(quoteOf(state, 'secular')).toBe('secular state')
    state = state.apply(state.tr.insertText('the organs of ', posOf(state, 'from the state') + 'from '.length))
    expect(quoteOf(state, 'separate')).toBe('separate from the organs of the state')
    state = state.apply(state.tr.insertText(' fully', posOf(state, 'free consent') + 'free consent'.length))
    expect(quoteOf(state, 'marriage')).toBe('free consent')
  })

  it('keeps the same layout while typing moves ranges, and places a new annotation without a full sort', () => {
    const typed = loaded.apply(loaded.tr.insertText('democratic and ', posOf(loaded, 'secular state')))
    expect(annotationsKey.getState(typed)!.order).toBe(annotationsKey.getState(loaded)!.order)
    expect(annotationsKey.getState(typed)!.orphans).toBe(annotationsKey.getState(loaded)!.orphans)
    const religious = annotate(typed, 'Religious', 'religious')
    const added = typed.apply(syncAnnotations(typed.tr, drawn([marriage, secular, separate, religious])))
    expect(annotationLayout(added).order).toEqual(['secular', 'religious', 'separate', 'marriage'])
  })

  it('keeps ranges for a commentary edit, and forgets a removed annotation everywhere', () => {
    const edited = { ...secular, body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Why?' }] }] } } }
    const commented = loaded.apply(syncAnnotations(loaded.tr, drawn([marriage, edited, separate])))
    expect(annotationsKey.getState(commented)!.ranges).toBe(annotationsKey.getState(loaded)!.ranges)
    // Nothing drawn changed: the plugin does no work at all (the same state, the same decorations).
    expect(annotationsKey.getState(commented)).toBe(annotationsKey.getState(loaded))
    expect(patchChangesDrawing(loaded, drawn([edited]), [])).toBe(false)
    expect(patchChangesDrawing(loaded, drawn([{ ...edited, target: { ...edited.target } }]), [])).toBe(true)
    expect(patchChangesDrawing(loaded, [], ['secular'])).toBe(true)
    const removed = commented.apply(syncAnnotations(commented.tr, drawn([marriage, separate])))
    expect(annotationLayout(removed)).toEqual({ order: ['separate', 'marriage'], orphans: [], counts: new Map([['art_1', 1], ['art_2', 1]]) })
    expect(drawnIds(removed)).toEqual(['marriage', 'separate'])
    expect(annotationsKey.getState(removed)!.drawn.has('secular')).toBe(false)
  })

  it('orphans an annotation whose text was deleted, and keeps it listed', () => {
    const from = posOf(loaded, 'secular state')
    const state = loaded.apply(loaded.tr.delete(from, from + 'secular state'.length))
    expect(annotationLayout(state)).toEqual({ order: ['separate', 'marriage'], orphans: ['secular'], counts: new Map([['art_1', 1], ['art_2', 1]]) })
    expect(drawnIds(state)).toEqual(['marriage', 'separate'])
  })

  it('re-anchors the orphan when the deletion is undone, and draws it again (defect 5)', () => {
    const withHistory = EditorState.create({ doc: base.doc, plugins: [history(), annotationsPlugin()] })
    const start = withHistory.apply(syncAnnotations(withHistory.tr, drawn([marriage, secular, separate])))
    const from = posOf(start, 'secular state')
    const deleted = start.apply(start.tr.delete(from, from + 'secular state'.length))
    expect(annotationLayout(deleted).orphans).toEqual(['secular'])
    let restored = deleted
    undo(deleted, (tr) => (restored = restored.apply(tr)))
    expect(annotationLayout(restored)).toEqual({ order: ['secular', 'separate', 'marriage'], orphans: [], counts: new Map([['art_1', 2], ['art_2', 1]]) })
    expect(quoteOf(restored, 'secular')).toBe('secular state')
    expect(drawnIds(restored)).toEqual(['marriage', 'secular', 'separate'])
  })

  it('patches one annotation without looking at the others', () => {
    const religious = annotate(loaded, 'Religious', 'religious')
    const added = loaded.apply(patchAnnotations(loaded.tr, drawn([religious]), []))
    expect(annotationLayout(added).order).toEqual(['secular', 'religious', 'separate', 'marriage'])
    const removed = added.apply(patchAnnotations(added.tr, [], ['secular']))
    expect(annotationLayout(removed).order).toEqual(['religious', 'separate', 'marriage'])
    expect(drawnIds(removed)).toEqual(['marriage', 'religious', 'separate'])
  })

  it('saves targets re-read from the corrected text, and leaves untouched ones as they were', () => {
    const state = loaded.apply(loaded.tr.insertText('democratic and ', posOf(loaded, 'secular state')))
    const [first, second] = currentTargets(state, [secular, marriage])
    expect(first!.target.quote.prefix).toBe('The Republic is a democratic and '.slice(-32))
    expect(first!.target.position.start).toBe(secular.target.position.start + 'democratic and '.length)
    expect(second).toBe(marriage)
  })

  it('redraws only the segments of annotations that changed', () => {
    const recoloured: DrawnAnnotation[] = [
      { annotation: marriage, color: '#e0b43c' },
      { annotation: secular, color: '#4f9d69' },
      { annotation: separate, color: '#e0b43c' }
    ]
    const after = loaded.apply(syncAnnotations(loaded.tr, recoloured))
    // find() copies decorations with shifted offsets; the type object inside is what a redraw replaces.
    const typeOf = (state: EditorState, id: string) => (segmentsOf(state).find((decoration) => decoration.spec.ids.includes(id)) as unknown as { type: { attrs: { style: string } } }).type
    expect(typeOf(after, 'secular')).not.toBe(typeOf(loaded, 'secular'))
    expect(typeOf(after, 'secular').attrs.style).toBe('--highlight: #4f9d69')
    expect(typeOf(after, 'marriage')).toBe(typeOf(loaded, 'marriage'))
    expect(typeOf(after, 'separate')).toBe(typeOf(loaded, 'separate'))
  })

  it('finds every annotation at a place where highlights nest, innermost first', () => {
    const inner = annotate(loaded, 'secular', 'inner')
    const state = loaded.apply(syncAnnotations(loaded.tr, drawn([marriage, secular, separate, inner])))
    expect(annotationsAt(state, posOf(state, 'secular') + 2)).toEqual(['inner', 'secular'])
    expect(annotationsAt(state, posOf(state, 'state.') + 1)).toEqual(['secular'])
    // The nested part is one segment covered twice; the rest of the outer quote is a segment of its own.
    const covering = segmentsOf(state)
      .filter((decoration) => decoration.spec.ids.includes('secular'))
      .map((decoration) => [state.doc.textBetween(decoration.from, decoration.to), [...decoration.spec.ids].sort()])
    expect(covering).toEqual([
      ['secular', ['inner', 'secular']],
      [' state', ['secular']]
    ])
  })

  it('never draws a colour that is not a hex colour', () => {
    const state = loaded.apply(syncAnnotations(loaded.tr, [{ annotation: secular, color: 'red; position: fixed' }]))
    const [decoration] = segmentsOf(state)
    expect((decoration as unknown as { type: { attrs: { style: string } } }).type.attrs.style).toBe('--highlight: #e0b43c')
  })
})
