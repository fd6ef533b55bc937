import type { Change } from './operations'

/**
 * One undo history for the whole project, in the order the user acted: data steps keep the changes that
 * go back (inverse operations by id), text steps stand for one step of the text editor's own history (its
 * steps are mapped through later edits, so the editor undoes them itself, in this same order).
 */
export type Step = { kind: 'data'; changes: Change[]; key?: string; at: number } | { kind: 'text' }

export interface History {
  undo: readonly Step[]
  redo: readonly Step[]
}

/** How long a run of edits with the same key (typing in one commentary) stays one undo step. */
export const coalesceMs = 1500
const depth = 500

export const emptyHistory: History = { undo: [], redo: [] }

/** Records a step the user just made (its `changes` undo it); a new step clears what could be redone. */
export function recordStep(history: History, step: Step): History {
  const last = history.undo.at(-1)
  if (step.kind === 'data' && step.changes.length === 0) return history
  if (step.kind === 'data' && step.key && last?.kind === 'data' && last.key === step.key && step.at - last.at < coalesceMs) {
    // One step for the whole run: the first edit's inverse already restores every item it touched.
    const known = new Set(last.changes.map(changeKey))
    const extra = step.changes.filter((change) => !known.has(changeKey(change)))
    return { undo: [...history.undo.slice(0, -1), { ...last, changes: [...extra, ...last.changes], at: step.at }], redo: [] }
  }
  return { undo: [...history.undo.slice(-depth + 1), step], redo: [] }
}

/** Which item a change is about. */
function changeKey(change: Change): string {
  return change.in === 'meta' || change.in === 'sync' || change.in === 'edition' ? change.in : `${change.in}:${change.id}`
}

/**
 * Moves one step from `from` to `to`: `perform` carries the step out and returns the step that reverses it.
 * Null when there is nothing to move.
 */
export function moveStep(history: History, direction: 'undo' | 'redo', perform: (step: Step) => Step): History | null {
  const from = history[direction]
  const step = from.at(-1)
  if (!step) return null
  const reversed = perform(step)
  const other = direction === 'undo' ? 'redo' : 'undo'
  return { [direction]: from.slice(0, -1), [other]: [...history[other], reversed] } as unknown as History
}
