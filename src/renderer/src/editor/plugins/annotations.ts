import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { anchorTarget } from '../../../../shared/annotations/anchor'
import { buildDocumentText } from '../../../../shared/annotations/document-text'
import { targetFromRange, type DocRange } from '../../../../shared/annotations/selectors'
import type { Annotation } from '../../../../shared/annotations/types'

/**
 * Draws annotations over the legal text as decorations, never as marks in it. The plugin keeps each
 * annotation's range and a DecorationSet in its state; both are mapped through every transaction, and a
 * change to the annotation list rebuilds only the decorations of the annotations that changed. Ranges that
 * collapse (their text deleted while editing) and targets that cannot anchor become orphans.
 */

/** An annotation as drawn: the annotation and the colour of its highlight. */
export interface DrawnAnnotation {
  annotation: Annotation
  color: string
}

/** The plugin's state. */
export interface AnnotationsState {
  drawn: Map<string, DrawnAnnotation>
  ranges: Map<string, DocRange>
  orphans: Set<string>
  decorations: DecorationSet
  /** The annotation the user is looking at, drawn with an outline. */
  active: string | null
}

type Meta =
  /** The annotation list changed; `ranges` gives ranges already known (a new annotation from a selection). */
  | { type: 'sync'; drawn: DrawnAnnotation[]; ranges?: Map<string, DocRange> }
  | { type: 'activate'; id: string | null }

export const annotationsKey = new PluginKey<AnnotationsState>('annotations')

const fallbackColor = '#e0b43c'
const hexColor = /^#[0-9a-fA-F]{6}$/

function decorationFor(id: string, range: DocRange, color: string, active: boolean): Decoration {
  const safe = hexColor.test(color) ? color : fallbackColor
  return Decoration.inline(
    range.from,
    range.to,
    // Its own element per annotation (nodeName), so overlapping highlights nest and darken where they meet.
    { nodeName: 'span', class: active ? 'annotation-highlight annotation-active' : 'annotation-highlight', 'data-annotation-id': id, style: `--highlight: ${safe}` },
    { id, inclusiveStart: false, inclusiveEnd: false }
  )
}

function empty(): AnnotationsState {
  return { drawn: new Map(), ranges: new Map(), orphans: new Set(), decorations: DecorationSet.empty, active: null }
}

/** Maps ranges through a document change; a range whose text is gone becomes an orphan. */
function mapThrough(state: AnnotationsState, tr: Transaction): AnnotationsState {
  const ranges = new Map<string, DocRange>()
  const orphans = new Set(state.orphans)
  const collapsed: string[] = []
  for (const [id, range] of state.ranges) {
    const from = tr.mapping.map(range.from, 1)
    const to = tr.mapping.map(range.to, -1)
    if (to > from) ranges.set(id, { from, to })
    else {
      orphans.add(id)
      collapsed.push(id)
    }
  }
  let decorations = state.decorations.map(tr.mapping, tr.doc)
  if (collapsed.length > 0) {
    const gone = new Set(collapsed)
    decorations = decorations.remove(decorations.find(undefined, undefined, (spec) => gone.has((spec as { id: string }).id)))
  }
  return { ...state, ranges, orphans, decorations }
}

/** Applies a new annotation list: unchanged annotations keep their range and decoration untouched. */
function sync(state: AnnotationsState, doc: PMNode, meta: Extract<Meta, { type: 'sync' }>): AnnotationsState {
  const drawn = new Map<string, DrawnAnnotation>()
  const ranges = new Map<string, DocRange>()
  const orphans = new Set<string>()
  const stale = new Set<string>()
  const added: Decoration[] = []
  let text: ReturnType<typeof buildDocumentText> | null = null
  for (const entry of meta.drawn) {
    const { id } = entry.annotation
    drawn.set(id, entry)
    const previous = state.drawn.get(id)
    const known = meta.ranges?.get(id)
    const kept = previous && previous.annotation.target === entry.annotation.target ? state.ranges.get(id) : undefined
    if (previous && previous.annotation === entry.annotation && previous.color === entry.color && !known) {
      if (state.ranges.has(id)) ranges.set(id, state.ranges.get(id)!)
      else orphans.add(id)
      continue
    }
    if (previous) stale.add(id)
    let range = known ?? kept
    if (!range && !(previous && state.orphans.has(id) && previous.annotation.target === entry.annotation.target)) {
      text ??= buildDocumentText(doc)
      range = anchorTarget(text, entry.annotation.target)?.range
    }
    if (range) {
      ranges.set(id, range)
      added.push(decorationFor(id, range, entry.color, state.active === id))
    } else orphans.add(id)
  }
  for (const id of state.drawn.keys()) if (!drawn.has(id)) stale.add(id)
  let decorations = state.decorations
  if (stale.size > 0) decorations = decorations.remove(decorations.find(undefined, undefined, (spec) => stale.has((spec as { id: string }).id)))
  if (added.length > 0) decorations = decorations.add(doc, added)
  return { drawn, ranges, orphans, decorations, active: state.active }
}

/** Moves the active outline from one annotation to another. */
function activate(state: AnnotationsState, doc: PMNode, id: string | null): AnnotationsState {
  let decorations = state.decorations
  for (const changed of [state.active, id]) {
    if (changed === null || !state.ranges.has(changed)) continue
    decorations = decorations.remove(decorations.find(undefined, undefined, (spec) => (spec as { id: string }).id === changed))
    decorations = decorations.add(doc, [decorationFor(changed, state.ranges.get(changed)!, state.drawn.get(changed)!.color, changed === id)])
  }
  return { ...state, decorations, active: id }
}

/** Options: what to do when the user clicks highlighted text. */
export interface AnnotationsPluginOptions {
  /** Called with every annotation at the clicked place, innermost (shortest) first, and the click's position. */
  onClickAnnotations?: (ids: string[], at: { x: number; y: number }) => void
}

/** The annotations plugin. */
export function annotationsPlugin(options: AnnotationsPluginOptions = {}): Plugin<AnnotationsState> {
  return new Plugin<AnnotationsState>({
    key: annotationsKey,
    state: {
      init: empty,
      apply(tr, value) {
        const meta = tr.getMeta(annotationsKey) as Meta | undefined
        let next = tr.docChanged ? mapThrough(value, tr) : value
        if (meta?.type === 'sync') next = sync(next, tr.doc, meta)
        if (meta?.type === 'activate') next = activate(next, tr.doc, meta.id)
        return next
      }
    },
    props: {
      decorations: (state) => annotationsKey.getState(state)?.decorations,
      handleDOMEvents: {
        // A DOM listener rather than handleClick: it also runs while the view is not editable (reading mode).
        click(view: EditorView, event: MouseEvent) {
          if (!options.onClickAnnotations || !view.dom.ownerDocument.getSelection()?.isCollapsed) return false
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
          const ids = at ? annotationsAt(view.state, at.pos) : []
          if (ids.length > 0) options.onClickAnnotations(ids, { x: event.clientX, y: event.clientY })
          return false
        }
      }
    }
  })
}

/** Every annotation whose range holds `pos`, innermost (shortest) first. */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const plugin = annotationsKey.getState(state)
  if (!plugin) return []
  const found = plugin.decorations.find(pos, pos, (spec) => {
    const range = plugin.ranges.get((spec as { id: string }).id)
    return Boolean(range && range.from <= pos && pos <= range.to)
  })
  const ids = [...new Set(found.map((decoration) => (decoration.spec as { id: string }).id))]
  return ids.sort((a, b) => {
    const ra = plugin.ranges.get(a)!
    const rb = plugin.ranges.get(b)!
    return ra.to - ra.from - (rb.to - rb.from)
  })
}

/** Tells the plugin the annotation list changed; `ranges` supplies ranges already known. */
export function syncAnnotations(tr: Transaction, drawn: DrawnAnnotation[], ranges?: Map<string, DocRange>): Transaction {
  const meta: Meta = { type: 'sync', drawn, ranges }
  return tr.setMeta(annotationsKey, meta).setMeta('addToHistory', false)
}

/** Outlines one annotation (null: none). */
export function activateAnnotation(tr: Transaction, id: string | null): Transaction {
  const meta: Meta = { type: 'activate', id }
  return tr.setMeta(annotationsKey, meta).setMeta('addToHistory', false)
}

/** Annotation ids in document order, and the orphans' ids. */
export function annotationLayout(state: EditorState): { order: string[]; orphans: string[] } {
  const plugin = annotationsKey.getState(state)
  if (!plugin) return { order: [], orphans: [] }
  const order = [...plugin.ranges.entries()].sort((a, b) => a[1].from - b[1].from || b[1].to - a[1].to).map(([id]) => id)
  return { order, orphans: [...plugin.orphans] }
}

/**
 * The annotations with targets rebuilt from where they are drawn now, so that a corrected text is saved with
 * selectors that match it. Unchanged annotations come back as the same objects; orphans keep their target.
 */
export function currentTargets(state: EditorState, annotations: readonly Annotation[]): Annotation[] {
  const plugin = annotationsKey.getState(state)
  if (!plugin) return [...annotations]
  let text: ReturnType<typeof buildDocumentText> | null = null
  return annotations.map((annotation) => {
    const range = plugin.ranges.get(annotation.id)
    if (!range) return annotation
    text ??= buildDocumentText(state.doc)
    const target = targetFromRange(text, range)
    if (!target || JSON.stringify(target) === JSON.stringify(annotation.target)) return annotation
    return { ...annotation, target }
  })
}
