import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'

/** Marks the unit the user just jumped to, so the eye finds it after the scroll. */
export const unitFocusKey = new PluginKey<DecorationSet>('unitFocus')

export function unitFocusPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: unitFocusKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const target = tr.getMeta(unitFocusKey) as number | null | undefined
        if (target === undefined) return set.map(tr.mapping, tr.doc)
        const node = target === null ? null : tr.doc.nodeAt(target)
        if (target === null || !node) return DecorationSet.empty
        return DecorationSet.create(tr.doc, [Decoration.node(target, target + node.nodeSize, { class: 'lx-focused' })])
      }
    },
    props: {
      decorations: (state) => unitFocusKey.getState(state)
    }
  })
}

/** Focuses the unit starting at `pos`; null clears the focus. */
export function setUnitFocus(tr: Transaction, pos: number | null): Transaction {
  return tr.setMeta(unitFocusKey, pos)
}
