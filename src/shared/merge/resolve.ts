import type { ProjectFile } from '../project/schema'
import type { Conflict } from './conflicts'
import { collectionsFrom, entryKey, visibleEntries, type Entry, type Item } from './entries'
import { withSettledTaxonomy } from './taxonomy'

/** The user's answer to one conflict: keep my version, theirs, or both (theirs as a copy beside mine). */
export type Resolution = 'mine' | 'theirs' | 'both'

/**
 * Applies the user's answers to a merged project. The result is an ordinary edit of the merged project:
 * the next save stamps it with a clock later than both sides, so it wins when the colleague merges back.
 * `newId` names the copy kept by "both".
 */
export function resolveConflicts(merged: ProjectFile, conflicts: Conflict[], answers: Record<string, Resolution>, newId: () => string): ProjectFile {
  const entries = visibleEntries(merged)
  for (const conflict of conflicts) {
    const answer = answers[conflict.key] ?? 'both'
    const chosen = answer === 'theirs' ? conflict.theirs : conflict.mine
    const current = entries.get(conflict.key)
    const base = { kind: conflict.kind, ...(conflict.parent === undefined ? {} : { parent: conflict.parent }) }
    if (answer === 'both') {
      const kept = conflict.mine ?? conflict.theirs!
      if (!current) entries.set(conflict.key, { ...base, item: kept })
      // With both versions alive, keep theirs as a copy under a new id beside mine.
      if (conflict.mine && conflict.theirs) {
        const copy: Item = { ...conflict.theirs, id: newId() }
        entries.set(entryKey(conflict.kind, copy.id, conflict.parent), { ...base, item: copy })
        entries.set(conflict.key, { ...base, item: conflict.mine })
      }
      continue
    }
    if (chosen === null) entries.delete(conflict.key)
    else entries.set(conflict.key, { ...base, item: chosen } as Entry)
  }
  // A kept version can bring back a parent link that breaks the tag tree: settle it again.
  return withSettledTaxonomy({ ...merged, ...collectionsFrom(entries.values()) })
}
