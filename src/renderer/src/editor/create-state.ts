import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { EditorState, type Plugin } from 'prosemirror-state'
import { legalSchema } from '../../../shared/document/schema'
import type { DocJSON } from '../../../shared/document/types'
import { readOnlyPlugin } from './plugins/read-only'
import { unitFocusPlugin } from './plugins/unit-focus'

/** A fresh editor state for a document (or an empty one), read-only until the user asks to edit; `extraPlugins` come last. */
export function createEditorState(content: DocJSON | null, extraPlugins: Plugin[] = []): EditorState {
  const doc = content ? legalSchema.nodeFromJSON(content) : legalSchema.topNodeType.createAndFill()!
  return EditorState.create({
    doc,
    plugins: [
      readOnlyPlugin(true),
      unitFocusPlugin(),
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }),
      keymap(baseKeymap),
      ...extraPlugins
    ]
  })
}
