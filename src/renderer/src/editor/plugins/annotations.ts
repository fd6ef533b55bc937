import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { anchorAnnotation } from '../../../../shared/annotations/anchor'
import { buildDocumentText } from '../../../../shared/annotations/document-text'
import { targetFromRange, type DocRange } from '../../../../shared/annotations/selectors'
import type { Annotation, AnnotationTarget } from '../../../../shared/annotations/types'
import { updateCounts, updateOrder } from './annotation-order'

/**
 * Draws annotations over the legal text as decorations, never as marks in it. The plugin keeps each
 * annotation's range and a DecorationSet in its state; both are mapped through every transaction. The text
 * is cut into segments where annotations begin and end; each segment is one decoration that knows every
 * annotation covering it and how deep they overlap, so 10,000 overlapping notes cost one element per
 * segment, not one per note and layer. A change redraws only the segments it touches. Ranges that collapse
 * (their text deleted while editing) and targets that cannot anchor become orphans.
 */

/**
 * An annotation as drawn: the annotation and the colour of its highlight. Only its target and colour decide
 * how it is drawn, so the plugin keeps the object it last drew and ignores edits that change neither
 * (commentary, tags of the same colour, replies): a keystroke in the commentary costs the text nothing.
 */
export interface DrawnAnnotation {
  annotation: Annotation
  color: string
}

/** The plugin's state. */
export interface AnnotationsState {
  drawn: Map<string, DrawnAnnotation>
  ranges: Map<string, DocRange>
  orphans: Set<string>
  /** Anchored ids in document order; a new array only when the order changed (see annotation-order.ts). */
  order: string[]
  /** Anchored annotations per article (their target's eId), kept up to date with the order. */
  counts: Map<string, number>
  decorations: DecorationSet
  /** The annotation the user is looking at, drawn with an outline. */
  active: string | null
}

type Meta =
  /** The annotation list changed; `ranges` gives ranges already known (a new annotation from a selection). */
  | { type: 'sync'; drawn: DrawnAnnotation[]; ranges?: Map<string, DocRange> }
  /** Some annotations were added, changed (`put`) or deleted (`removed`): only they are looked at. */
  | { type: 'patch'; put: DrawnAnnotation[]; removed: string[]; ranges?: Map<string, DocRange> }
  | { type: 'activate'; id: string | null }

interface SegmentSpec {
  segment: true
  ids: string[]
}

export const annotationsKey = new PluginKey<AnnotationsState>('annotations')

const fallbackColor = '#e0b43c'
const hexColor = /^#[0-9a-fA-F]{6}$/
/** Beyond this many changed annotations one pass over the whole document is cheaper than many regions. */
const wholeDocumentThreshold = 64

function segmentDecoration(from: number, to: number, ids: string[], color: string): Decoration {
  const safe = hexColor.test(color) ? color : fallbackColor
  const depth = Math.min(ids.length, 3)
  const attrs = { class: `annotation-highlight depth-${depth}`, 'data-annotations': ids.join(' '), style: `--highlight: ${safe}` }
  const spec: SegmentSpec = { segment: true, ids }
  return Decoration.inline(from, to, attrs, { ...spec, inclusiveStart: false, inclusiveEnd: false })
}

/** The segments of [from, to): cut where annotations begin and end; coloured by the innermost annotation. */
function segments(state: Pick<AnnotationsState, 'ranges' | 'drawn'>, from: number, to: number): Decoration[] {
  const inside: [string, DocRange][] = []
  for (const entry of state.ranges) if (entry[1].from < to && entry[1].to > from) inside.push(entry)
  if (inside.length === 0) return []
  const boundaries = new Set<number>([from, to])
  for (const [, range] of inside) {
    if (range.from > from) boundaries.add(range.from)
    if (range.to < to) boundaries.add(range.to)
  }
  const cuts = [...boundaries].sort((a, b) => a - b)
  const starts = [...inside].sort((a, b) => a[1].from - b[1].from)
  const active = new Map<string, DocRange>()
  const result: Decoration[] = []
  let next = 0
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index]!
    const end = cuts[index + 1]!
    for (const [id, range] of active) if (range.to <= start) active.delete(id)
    while (next < starts.length && Math.max(starts[next]![1].from, from) <= start) {
      const [id, range] = starts[next++]!
      if (range.to > start) active.set(id, range)
    }
    if (active.size === 0) continue
    let innermost: string | undefined
    let shortest = Infinity
    for (const [id, range] of active) {
      if (range.to - range.from < shortest) {
        shortest = range.to - range.from
        innermost = id
      }
    }
    result.push(segmentDecoration(start, end, [...active.keys()], state.drawn.get(innermost!)?.color ?? fallbackColor))
  }
  return result
}

const isSegment = (spec: unknown) => (spec as Partial<SegmentSpec>).segment === true

/** Redraws the segments over the given regions (widened to the segments already there), or everywhere. */
function redraw(state: AnnotationsState, doc: PMNode, regions: DocRange[] | 'all'): DecorationSet {
  if (regions === 'all') {
    const kept = state.decorations.find(undefined, undefined, (spec) => !isSegment(spec))
    return DecorationSet.create(doc, [...kept, ...segments(state, 0, doc.content.size)])
  }
  let decorations = state.decorations
  for (const region of regions) {
    let from = Math.max(0, region.from)
    let to = Math.min(doc.content.size, region.to)
    const old = decorations.find(from, to, isSegment)
    for (const decoration of old) {
      from = Math.min(from, decoration.from)
      to = Math.max(to, decoration.to)
    }
    decorations = decorations.remove(old).add(doc, segments(state, from, to))
  }
  return decorations
}

function activeDecoration(range: DocRange): Decoration {
  return Decoration.inline(range.from, range.to, { class: 'annotation-active' }, { active: true })
}

function empty(): AnnotationsState {
  return { drawn: new Map(), ranges: new Map(), orphans: new Set(), order: [], counts: new Map(), decorations: DecorationSet.empty, active: null }
}

/**
 * Maps ranges through a document change; a range whose text is gone becomes an orphan. Mapping keeps the
 * order, so the order and the orphans stay the same objects unless a range collapsed.
 */
function mapThrough(state: AnnotationsState, tr: Transaction): AnnotationsState {
  const ranges = new Map<string, DocRange>()
  const collapsedIds = new Set<string>()
  const collapsed: DocRange[] = []
  for (const [id, range] of state.ranges) {
    const from = tr.mapping.map(range.from, 1)
    const to = tr.mapping.map(range.to, -1)
    if (to > from) ranges.set(id, { from, to })
    else {
      collapsedIds.add(id)
      collapsed.push({ from: Math.min(from, to), to: Math.max(from, to) })
    }
  }
  const next = { ...state, ranges, decorations: state.decorations.map(tr.mapping, tr.doc) }
  const found = reanchorOrphans(state, tr.doc)
  if (collapsed.length === 0 && found.size === 0) return next
  for (const [id, range] of found) ranges.set(id, range)
  const orphans = new Set([...state.orphans, ...collapsedIds])
  for (const id of found.keys()) orphans.delete(id)
  const changed = new Set([...collapsedIds, ...found.keys()])
  const order = updateOrder(state.order, ranges, changed)
  const counts = updateCounts(
    state.counts,
    changed,
    (id) => (state.ranges.has(id) ? articleOf(state.drawn, id) : undefined),
    (id) => (ranges.has(id) ? articleOf(state.drawn, id) : undefined)
  )
  return { ...next, orphans, order, counts, decorations: redraw({ ...next, orphans, order, counts }, tr.doc, [...collapsed, ...found.values()]) }
}

/**
 * Orphans whose text is back (an undone deletion, text typed again): they anchor where their quote is
 * found exactly, at its place or by its context; a fuzzy match is left for the user to re-attach.
 */
function reanchorOrphans(state: AnnotationsState, doc: PMNode): Map<string, DocRange> {
  const found = new Map<string, DocRange>()
  if (state.orphans.size === 0) return found
  const text = buildDocumentText(doc)
  for (const id of state.orphans) {
    const annotation = state.drawn.get(id)?.annotation
    const anchor = annotation && anchorAnnotation(text, annotation)
    if (anchor && anchor.method !== 'fuzzy') found.set(id, anchor.range)
  }
  return found
}

/** The article an annotation is counted in: its target's eId. */
const articleOf = (drawn: ReadonlyMap<string, DrawnAnnotation>, id: string) => drawn.get(id)?.annotation.target.eId

/** Whether an entry is drawn exactly as before (same target object, same colour, no new range given). */
function unchanged(previous: DrawnAnnotation | undefined, entry: DrawnAnnotation, known: DocRange | undefined): boolean {
  return (
    previous !== undefined &&
    previous.annotation.target === entry.annotation.target &&
    previous.annotation.orphan === entry.annotation.orphan &&
    previous.color === entry.color &&
    !known
  )
}

/** Ids drawn before that the new list no longer has. */
function removedIds(state: AnnotationsState, list: readonly DrawnAnnotation[]): string[] {
  const kept = new Set(list.map((entry) => entry.annotation.id))
  return [...state.drawn.keys()].filter((id) => !kept.has(id))
}

/**
 * Applies a new annotation list: unchanged annotations keep their range, and only changed places are
 * redrawn. One read-only pass finds what changed; the maps are then copied whole and patched, so adding one
 * annotation among 10,000 costs a comparison per annotation rather than rebuilding every map entry by entry.
 */
function sync(state: AnnotationsState, doc: PMNode, meta: Extract<Meta, { type: 'sync' }>): AnnotationsState {
  const changedEntries: DrawnAnnotation[] = []
  let stillThere = 0
  for (const entry of meta.drawn) {
    const previous = state.drawn.get(entry.annotation.id)
    if (previous) stillThere++
    if (!unchanged(previous, entry, meta.ranges?.get(entry.annotation.id))) changedEntries.push(entry)
  }
  const removed = stillThere < state.drawn.size ? removedIds(state, meta.drawn) : []
  return applyDiff(state, doc, changedEntries, removed, meta.ranges)
}

/** Applies a patch: only the annotations it names are compared, so one operation costs one annotation's work. */
function patch(state: AnnotationsState, doc: PMNode, meta: Extract<Meta, { type: 'patch' }>): AnnotationsState {
  const changedEntries = meta.put.filter((entry) => !unchanged(state.drawn.get(entry.annotation.id), entry, meta.ranges?.get(entry.annotation.id)))
  const removed = meta.removed.filter((id) => state.drawn.has(id))
  return applyDiff(state, doc, changedEntries, removed, meta.ranges)
}

/** Draws changed entries and drops removed ids; everything else keeps its range and decorations. */
function applyDiff(state: AnnotationsState, doc: PMNode, changedEntries: DrawnAnnotation[], removed: string[], knownRanges: Map<string, DocRange> | undefined): AnnotationsState {
  if (changedEntries.length === 0 && removed.length === 0) return state

  // Copied on first write: an edit of commentary copies no range, adding a note copies no orphan.
  const drawn = new Map(state.drawn)
  let ranges = state.ranges
  let orphans = state.orphans
  const setRange = (id: string, range: DocRange | undefined) => {
    if (ranges === state.ranges) ranges = new Map(ranges)
    if (range) ranges.set(id, range)
    else ranges.delete(id)
  }
  const setOrphan = (id: string, orphaned: boolean) => {
    if (orphans.has(id) === orphaned) return
    if (orphans === state.orphans) orphans = new Set(orphans)
    if (orphaned) orphans.add(id)
    else orphans.delete(id)
  }
  const touched: DocRange[] = []
  const changed = new Set<string>()
  let text: ReturnType<typeof buildDocumentText> | null = null
  for (const entry of changedEntries) {
    const { id } = entry.annotation
    const previous = state.drawn.get(id)
    const before = state.ranges.get(id)
    const known = knownRanges?.get(id)
    drawn.set(id, entry)
    const sameTarget = previous !== undefined && previous.annotation.target === entry.annotation.target && previous.annotation.orphan === entry.annotation.orphan
    let range = known ?? (sameTarget ? before : undefined)
    if (!range && !(sameTarget && state.orphans.has(id))) {
      text ??= buildDocumentText(doc)
      range = anchorAnnotation(text, entry.annotation)?.range ?? undefined
    }
    if (before) touched.push(before)
    if (range !== before) {
      changed.add(id)
      setRange(id, range)
    }
    setOrphan(id, !range)
    if (range) touched.push(range)
  }
  for (const id of removed) {
    drawn.delete(id)
    setOrphan(id, false)
    const range = state.ranges.get(id)
    if (!range) continue
    setRange(id, undefined)
    touched.push(range)
    changed.add(id)
  }
  // Nothing moved: keep the same range map and orphans, so that no one re-reads the layout.
  if (touched.length === 0 && ranges === state.ranges && orphans === state.orphans) return { ...state, drawn }
  const counts = updateCounts(
    state.counts,
    changed,
    (id) => (state.ranges.has(id) ? articleOf(state.drawn, id) : undefined),
    (id) => (ranges.has(id) ? articleOf(drawn, id) : undefined)
  )
  const next: AnnotationsState = { drawn, ranges, orphans, order: updateOrder(state.order, ranges, changed), counts, decorations: state.decorations, active: state.active }
  if (touched.length === 0) return next
  return { ...next, decorations: redraw(next, doc, touched.length > wholeDocumentThreshold ? 'all' : touched) }
}

/** Moves the active outline from one annotation to another. */
function activate(state: AnnotationsState, doc: PMNode, id: string | null): AnnotationsState {
  let decorations = state.decorations.remove(state.decorations.find(undefined, undefined, (spec) => (spec as { active?: boolean }).active === true))
  const range = id === null ? undefined : state.ranges.get(id)
  if (range) decorations = decorations.add(doc, [activeDecoration(range)])
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
        if (meta?.type === 'patch') next = patch(next, tr.doc, meta)
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
  const found: [string, number][] = []
  for (const [id, range] of plugin.ranges) if (range.from <= pos && pos <= range.to) found.push([id, range.to - range.from])
  return found.sort((a, b) => a[1] - b[1]).map(([id]) => id)
}

/** Tells the plugin the annotation list changed; `ranges` supplies ranges already known. */
export function syncAnnotations(tr: Transaction, drawn: DrawnAnnotation[], ranges?: Map<string, DocRange>): Transaction {
  const meta: Meta = { type: 'sync', drawn, ranges }
  return tr.setMeta(annotationsKey, meta).setMeta('addToHistory', false)
}

/** Tells the plugin that these annotations were put (added or changed) or removed; no other is looked at. */
export function patchAnnotations(tr: Transaction, put: DrawnAnnotation[], removed: string[], ranges?: Map<string, DocRange>): Transaction {
  const meta: Meta = { type: 'patch', put, removed, ranges }
  return tr.setMeta(annotationsKey, meta).setMeta('addToHistory', false)
}

/** Whether a patch would change what is drawn; when not, the editor need not dispatch it at all. */
export function patchChangesDrawing(state: EditorState, put: readonly DrawnAnnotation[], removed: readonly string[], ranges?: ReadonlyMap<string, DocRange>): boolean {
  const plugin = annotationsKey.getState(state)
  if (!plugin || (ranges?.size ?? 0) > 0) return true
  return removed.some((id) => plugin.drawn.has(id)) || put.some((entry) => !unchanged(plugin.drawn.get(entry.annotation.id), entry, undefined))
}

/** Outlines one annotation (null: none). */
export function activateAnnotation(tr: Transaction, id: string | null): Transaction {
  const meta: Meta = { type: 'activate', id }
  return tr.setMeta(annotationsKey, meta).setMeta('addToHistory', false)
}

/**
 * Annotation ids in document order (the plugin's own array: do not change it), the orphans' ids, and how
 * many anchored annotations each article has (the plugin's own map). All three are kept up to date as they change.
 */
export function annotationLayout(state: EditorState): { order: string[]; orphans: string[]; counts: Map<string, number> } {
  const plugin = annotationsKey.getState(state)
  if (!plugin) return { order: [], orphans: [], counts: new Map() }
  return { order: plugin.order, orphans: [...plugin.orphans], counts: plugin.counts }
}

/**
 * Whether a target still says where the annotation is: same unit, quote and offsets. Its context (prefix,
 * suffix) may be written differently by another tool and is left as it is, so an unedited annotation
 * keeps the very target it was loaded with (a merge must not see it as changed).
 */
function sameAnchor(now: AnnotationTarget, stored: AnnotationTarget): boolean {
  return now.eId === stored.eId && now.quote.exact === stored.quote.exact && now.position.start === stored.position.start && now.position.end === stored.position.end
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
    if (!target || sameAnchor(target, annotation.target)) return annotation
    return { ...annotation, target }
  })
}
