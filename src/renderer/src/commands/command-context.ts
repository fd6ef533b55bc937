import type { ImportedText } from '../../../shared/ipc'

/** The dialogs the workbench itself opens. */
export type WorkbenchDialog =
  | { kind: 'goTo' }
  | { kind: 'import'; imported: ImportedText }
  | { kind: 'revision'; imported: ImportedText }
  | { kind: 'paste' }
  | { kind: 'parallel' }
  | { kind: 'discard'; then: () => void }
  | { kind: 'restoreVersion' }

export type SelectionActionName = 'highlight' | 'comment' | 'tag'

export interface MergeAction {
  start(): Promise<void>
}
