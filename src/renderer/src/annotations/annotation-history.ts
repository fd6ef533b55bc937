import type { Annotation } from '../../../shared/annotations/types'

/**
 * Undo and redo for annotation operations: each step keeps the whole list before and after (lists are
 * immutable and share their annotations, so a step costs one array). Typing in commentary coalesces into
 * one step per annotation while the user keeps typing.
 */
export interface AnnotationHistory {
  undo: { before: Annotation[]; after: Annotation[]; key?: string; at: number }[]
  redo: { before: Annotation[]; after: Annotation[] }[]
}

/** How long a run of edits with the same key stays one undo step. */
const coalesceMs = 1500
const depth = 200

/** An empty history. */
export function emptyHistory(): AnnotationHistory {
  return { undo: [], redo: [] }
}

/** Records a change from `before` to `after`; `key` merges it with the previous step of the same key. */
export function record(history: AnnotationHistory, before: Annotation[], after: Annotation[], key?: string, now = Date.now()): AnnotationHistory {
  const last = history.undo.at(-1)
  if (key && last && last.key === key && now - last.at < coalesceMs && last.after === before) {
    return { undo: [...history.undo.slice(0, -1), { ...last, after, at: now }], redo: [] }
  }
  return { undo: [...history.undo.slice(-depth + 1), { before, after, key, at: now }], redo: [] }
}

/** Steps back: the list to show and the new history, or null if there is nothing to undo. */
export function undoStep(history: AnnotationHistory): { list: Annotation[]; history: AnnotationHistory } | null {
  const last = history.undo.at(-1)
  if (!last) return null
  return { list: last.before, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, { before: last.before, after: last.after }] } }
}

/** Steps forward again, or null if there is nothing to redo. */
export function redoStep(history: AnnotationHistory): { list: Annotation[]; history: AnnotationHistory } | null {
  const last = history.redo.at(-1)
  if (!last) return null
  return { list: last.after, history: { undo: [...history.undo, { ...last, at: 0 }], redo: history.redo.slice(0, -1) } }
}
