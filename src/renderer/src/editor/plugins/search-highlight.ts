import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'

/**
 * Draws the hits of the text search: every hit softly, the one the user jumped to strongly. Hits are
 * decorations (the text is never touched) and follow edits through the transaction mapping.
 */
export const searchHighlightKey = new PluginKey<DecorationSet>('searchHighlight')

/** A hit's document range. */
export interface HitRange {
  from: number
  to: number
}

interface HitsMeta {
  hits: HitRange[]
  active: number
}

export function searchHighlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: searchHighlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const meta = tr.getMeta(searchHighlightKey) as HitsMeta | undefined
        if (!meta) return set.map(tr.mapping, tr.doc)
        const size = tr.doc.content.size
        const decorations = meta.hits
          .filter((hit) => hit.from >= 0 && hit.to <= size && hit.to > hit.from)
          .map((hit, index) =>
            Decoration.inline(hit.from, hit.to, { class: index === meta.active ? 'search-hit search-hit-active' : 'search-hit' })
          )
        return DecorationSet.create(tr.doc, decorations)
      }
    },
    props: {
      decorations: (state) => searchHighlightKey.getState(state)
    }
  })
}

/** Shows these hits, `active` (an index into `hits`, or -1) marked as the current one; no hits clears them. */
export function setSearchHits(tr: Transaction, hits: HitRange[], active: number): Transaction {
  return tr.setMeta(searchHighlightKey, { hits, active } satisfies HitsMeta)
}
