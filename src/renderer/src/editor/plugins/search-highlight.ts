import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'

/**
 * Draws the hits of the text search: every hit softly, the one the user jumped to strongly. Hits are
 * decorations (the text is never touched) and follow edits through the transaction mapping. Only the hits
 * near what is on screen are drawn (a window around the viewport, moved as the text scrolls): a keystroke
 * that finds 500 hits in a 1,000-article text redraws the paragraphs in view, not 500 paragraphs among
 * 10,000 highlights.
 */
export const searchHighlightKey = new PluginKey<SearchHighlightState>('searchHighlight')

/** A hit's document range. */
export interface HitRange {
  from: number
  to: number
}

/** The document range drawn: what is on screen and about a screen either side. */
export interface DrawnWindow {
  from: number
  to: number
}

export interface SearchHighlightState {
  /** Every hit, in document order. */
  hits: HitRange[]
  active: number
  window: DrawnWindow
  decorations: DecorationSet
}

type Meta = { type: 'hits'; hits: HitRange[]; active: number; window: DrawnWindow } | { type: 'window'; window: DrawnWindow }

const everywhere: DrawnWindow = { from: 0, to: Number.MAX_SAFE_INTEGER }
const empty: SearchHighlightState = { hits: [], active: -1, window: everywhere, decorations: DecorationSet.empty }

/** The index of the first hit that ends after `pos` (hits are sorted and do not overlap). */
function firstEndingAfter(hits: readonly HitRange[], pos: number): number {
  let low = 0
  let high = hits.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (hits[middle]!.to <= pos) low = middle + 1
    else high = middle
  }
  return low
}

function draw(state: Omit<SearchHighlightState, 'decorations'>, doc: Transaction['doc']): DecorationSet {
  const size = doc.content.size
  const decorations: Decoration[] = []
  const put = (index: number) => {
    const hit = state.hits[index]!
    if (hit.from >= 0 && hit.to <= size && hit.to > hit.from) decorations.push(Decoration.inline(hit.from, hit.to, { class: index === state.active ? 'search-hit search-hit-active' : 'search-hit' }))
  }
  const first = firstEndingAfter(state.hits, state.window.from)
  let index = first
  for (; index < state.hits.length && state.hits[index]!.from < state.window.to; index++) put(index)
  // The active hit is drawn wherever it is: the view scrolls to it.
  if (state.active >= 0 && state.active < state.hits.length && (state.active < first || state.active >= index)) put(state.active)
  return DecorationSet.create(doc, decorations)
}

function mapHits(hits: readonly HitRange[], tr: Transaction): HitRange[] {
  return hits.map((hit) => ({ from: tr.mapping.map(hit.from, 1), to: tr.mapping.map(hit.to, -1) }))
}

export function searchHighlightPlugin(): Plugin<SearchHighlightState> {
  return new Plugin<SearchHighlightState>({
    key: searchHighlightKey,
    state: {
      init: () => empty,
      apply: (tr, value) => {
        const meta = tr.getMeta(searchHighlightKey) as Meta | undefined
        if (!meta) {
          if (!tr.docChanged || value.hits.length === 0) return value
          return { ...value, hits: mapHits(value.hits, tr), decorations: value.decorations.map(tr.mapping, tr.doc) }
        }
        const next = meta.type === 'hits' ? { hits: meta.hits, active: meta.active, window: meta.window } : { hits: value.hits, active: value.active, window: meta.window }
        return { ...next, decorations: next.hits.length === 0 ? DecorationSet.empty : draw(next, tr.doc) }
      }
    },
    props: {
      decorations: (state) => searchHighlightKey.getState(state)?.decorations
    },
    view: (view) => windowFollower(view)
  })
}

/** The document range on screen, or null when the view cannot tell (not laid out, as in tests, or off screen). */
function onScreen(view: EditorView): DrawnWindow | null {
  const box = view.dom.getBoundingClientRect()
  const screen = view.dom.ownerDocument.defaultView?.innerHeight ?? 0
  const top = Math.max(box.top, 0)
  const bottom = Math.min(box.bottom - 1, screen - 1)
  if (box.height === 0 || bottom <= top) return null
  const left = box.left + Math.min(40, box.width / 2)
  const from = view.posAtCoords({ left, top })
  const to = view.posAtCoords({ left, top: bottom })
  return from && to ? { from: Math.min(from.pos, to.pos), to: Math.max(from.pos, to.pos) } : null
}

/** Screens of text drawn beyond the one in view, on each side (in document positions, at least this many). */
const marginPositions = 2000

/** What to draw: the range on screen widened by as much text again on each side; everything when unknown. */
export function visibleWindow(view: EditorView): DrawnWindow {
  const shown = onScreen(view)
  if (!shown) return everywhere
  const margin = Math.max(shown.to - shown.from, marginPositions)
  return { from: shown.from - margin, to: shown.to + margin }
}

/** Moves the drawn window as the text scrolls (once per frame at most), while hits are shown. */
function windowFollower(view: EditorView) {
  let frame = 0
  const follow = () => {
    frame = 0
    const state = searchHighlightKey.getState(view.state)
    if (!state || state.hits.length === 0) return
    const shown = onScreen(view)
    // Still inside what is drawn: nothing to do.
    if (!shown || (shown.from >= state.window.from && shown.to <= state.window.to)) return
    view.dispatch(view.state.tr.setMeta(searchHighlightKey, { type: 'window', window: visibleWindow(view) } satisfies Meta).setMeta('addToHistory', false))
  }
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(follow)
  }
  const target = view.dom.ownerDocument
  target.addEventListener('scroll', onScroll, { capture: true, passive: true })
  return {
    destroy() {
      cancelAnimationFrame(frame)
      target.removeEventListener('scroll', onScroll, { capture: true })
    }
  }
}

/** Shows these hits, `active` (an index into `hits`, or -1) marked as the current one; no hits clears them. */
export function setSearchHits(tr: Transaction, hits: HitRange[], active: number, window: DrawnWindow = everywhere): Transaction {
  return tr.setMeta(searchHighlightKey, { type: 'hits', hits, active, window } satisfies Meta).setMeta('addToHistory', false)
}

/** The hits drawn now (for tests). */
export function drawnHits(state: EditorState): HitRange[] {
  return (searchHighlightKey.getState(state)?.decorations.find() ?? []).map((decoration) => ({ from: decoration.from, to: decoration.to }))
}
