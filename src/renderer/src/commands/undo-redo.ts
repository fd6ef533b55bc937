import { isTypingTarget } from './keyboard'

export type HistoryDirection = 'undo' | 'redo'

/**
 * Undo or Redo from the menu: where the user types (a text field, the commentary editor) it is that
 * field's own undo, as the key is there; anywhere else, including the legal text in Edit Text mode, it
 * is the project's one history (`projectHistory`), which reaches the text's own steps in turn.
 */
export function undoOrRedo(direction: HistoryDirection, projectHistory: (direction: HistoryDirection) => void): void {
  const focused = document.activeElement
  if (isTypingTarget(focused)) fieldHistory(focused as HTMLElement, direction)
  else projectHistory(direction)
}

/**
 * The focused field's own Undo/Redo. An editor with its own history (ProseMirror's listens for these
 * input events, as a native Edit menu sends them) takes the event; a plain field uses the browser's.
 */
function fieldHistory(field: HTMLElement, direction: HistoryDirection): void {
  const inputType = direction === 'undo' ? 'historyUndo' : 'historyRedo'
  const handled = !field.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }))
  if (!handled) document.execCommand(direction)
}
