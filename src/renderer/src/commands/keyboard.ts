import { acceleratorsOf, commandIds, matchesAccelerator, type CommandId } from '../../../shared/commands'

/**
 * Which app shortcut a key press is, given where focus is. A press that a text editor already handled
 * (Ctrl+I is italic in commentary, Ctrl+Z its own undo) is not a shortcut; in a text field or the
 * commentary editor only the commands listed for typing work, as the menu's File > Save does from anywhere.
 */

/** Commands that work while the user types in a field: saving never costs what is being typed. */
export const commandsWhileTyping: ReadonlySet<CommandId> = new Set<CommandId>(['save', 'saveAs'])

export type Shortcut = { command: CommandId } | null

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  defaultPrevented: boolean
}

/** `typing`: focus is in a text field or the commentary editor (not the legal text itself). */
export function shortcutOf(event: KeyPress, isMac: boolean, typing: boolean): Shortcut {
  if (event.defaultPrevented) return null
  const command = commandIds.find((id) => acceleratorsOf(id).some((accelerator) => matchesAccelerator(accelerator, event, isMac)))
  if (!command) return null
  return !typing || commandsWhileTyping.has(command) ? { command } : null
}

/** Whether focus is where the user types (their own editing keys apply there): not the legal text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('.legal-text')) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
