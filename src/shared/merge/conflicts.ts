import type { ProjectFile } from '../project/schema'
import { sameValue } from './canonical'
import { clocksOf, fieldClock, hasSeen, latestClock } from './clocks'
import { mergedFields, projectEntries, type EntryKind, type Item, type ProjectEntries } from './entries'

/**
 * Where both sides changed the same thing since they last shared a state: the same field of the same item
 * (neither side had seen the other's write), or one side deleted an item the other went on editing. The
 * merge already picked a winner (the later write); the user sees both versions and may choose otherwise.
 */
export interface Conflict {
  key: string
  kind: EntryKind
  id: string
  /** For a reply: its annotation's id. */
  parent?: string
  /** The fields both sides wrote; empty when one side deleted the item. */
  fields: string[]
  /** The item as each side has it; null where that side deleted it. */
  mine: Item | null
  theirs: Item | null
}

/** Fields that record when, not what: never a conflict on their own, and not shown as one. */
export const bookkeepingFields = new Set(['modified'])

/** Finds the conflicts between two projects about to be merged. */
export function findConflicts(mine: ProjectFile, theirs: ProjectFile, entries?: { mine: ProjectEntries; theirs: ProjectEntries }): Conflict[] {
  const { all: mineAll, visible: mineShown } = entries?.mine ?? projectEntries(mine)
  const { all: theirsAll, visible: theirsShown } = entries?.theirs ?? projectEntries(theirs)
  const conflicts: Conflict[] = []
  for (const [key, own] of mineAll) {
    const other = theirsAll.get(key)
    if (!other) continue
    const ownClocks = clocksOf(mine.sync, key)
    const otherClocks = clocksOf(theirs.sync, key)
    const base = { key, kind: own.kind, id: own.item.id, ...(own.parent === undefined ? {} : { parent: own.parent }) }
    const ownShown = mineShown.has(key)
    const otherShown = theirsShown.has(key)
    if (ownShown !== otherShown) {
      // One side deleted: a conflict when the deletion had not seen the other side's latest edit, and vice versa.
      const [keeper, keeperClocks, deleter] = ownShown ? [mine, ownClocks, theirs] : [theirs, otherClocks, mine]
      const tombstone = deleter.sync.tombstones[key]
      const edit = latestClock(keeperClocks)
      if (tombstone && !hasSeen(deleter.sync, edit) && !hasSeen(keeper.sync, tombstone) && edit !== keeperClocks.c) {
        conflicts.push({ ...base, fields: [], mine: ownShown ? own.item : null, theirs: otherShown ? other.item : null })
      }
      continue
    }
    // The very same item on both sides (theirs as validated against mine) has no field whose values differ.
    if (!ownShown || own.item === other.item) continue
    const fields = [...new Set([...mergedFields(own), ...mergedFields(other)])].filter((field) => {
      const ownClock = fieldClock(ownClocks, field)
      const otherClock = fieldClock(otherClocks, field)
      // The same clock is the same write: no need to compare the values.
      if (ownClock === otherClock || sameValue(own.item[field], other.item[field])) return false
      return !hasSeen(theirs.sync, ownClock) && !hasSeen(mine.sync, otherClock)
    })
    // Both sides touching only bookkeeping (a modification time) is not a disagreement worth asking about.
    if (fields.some((field) => !bookkeepingFields.has(field))) conflicts.push({ ...base, fields: fields.sort(), mine: own.item, theirs: other.item })
  }
  return conflicts
}
