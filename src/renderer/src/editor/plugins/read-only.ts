import { isHistoryTransaction } from 'prosemirror-history'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'

/**
 * Keeps the legal text read-only while annotating: the view is not editable and any transaction that would
 * change the document is dropped, unless the user has switched to "Edit text" mode. Undo and redo of a
 * text edit made earlier pass: the project's one history may reach back to it from reading mode.
 */
export const readOnlyKey = new PluginKey<boolean>('readOnly')

export function readOnlyPlugin(readOnly = true): Plugin<boolean> {
  return new Plugin<boolean>({
    key: readOnlyKey,
    state: {
      init: () => readOnly,
      apply: (tr, value) => (tr.getMeta(readOnlyKey) as boolean | undefined) ?? value
    },
    filterTransaction: (tr, state) => !tr.docChanged || !readOnlyKey.getState(state) || isHistoryTransaction(tr),
    props: {
      editable: (state) => !readOnlyKey.getState(state)
    }
  })
}

export function isReadOnly(state: EditorState): boolean {
  return readOnlyKey.getState(state) ?? true
}

export function setReadOnly(tr: Transaction, readOnly: boolean): Transaction {
  return tr.setMeta(readOnlyKey, readOnly)
}
