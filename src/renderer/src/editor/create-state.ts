import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { EditorState, type Command, type Plugin } from 'prosemirror-state'
import { legalSchema } from '../../../shared/document/schema'
import type { DocJSON } from '../../../shared/document/types'
import { readOnlyPlugin } from './plugins/read-only'
import { unitFocusPlugin } from './plugins/unit-focus'

/** What Undo and Redo do in the text: the project's one history, which reaches the text's own steps in turn. */
export interface HistoryCommands {
  undo: Command
  redo: Command
}

/**
 * A fresh editor state for a document (or an empty one), read-only until the user asks to edit;
 * `extraPlugins` come last; Undo and Redo are the editor's own unless `commands` say otherwise.
 */
export function createEditorState(content: DocJSON | null, extraPlugins: Plugin[] = [], commands: HistoryCommands = { undo, redo }): EditorState {
  const doc = content ? legalSchema.nodeFromJSON(content) : legalSchema.topNodeType.createAndFill()!
  return EditorState.create({
    doc,
    plugins: [
      readOnlyPlugin(true),
      unitFocusPlugin(),
      history(),
      keymap({ 'Mod-z': commands.undo, 'Mod-y': commands.redo, 'Mod-Shift-z': commands.redo }),
      keymap(baseKeymap),
      ...extraPlugins
    ]
  })
}
