import type { ProjectFile, SyncState } from '../project/schema'
import { sameValue } from './canonical'
import { clocksOf, shownField, latestSeen } from './clocks'
import { allEntries, hiddenFrom, mergedFields, visibleEntries, type Entry } from './entries'
import { tick, type Clock } from './hlc'

/**
 * Records what changed between the last state main read or wrote (`base`) and what the user now saves
 * (`next`): new entries get a creation clock, each changed field its own clock, removed entries a tombstone
 * (their data is kept hidden so a later merge can still bring back a colleague's concurrent edits). One
 * save is one clock reading. `next.sync` is ignored: main's record is the truth, the renderer only passes
 * it through. Returns `next` with the new sync state; unchanged projects come back with `base.sync`.
 */
export function stampChanges(base: ProjectFile, next: ProjectFile, node: string, now: number): ProjectFile {
  const before = allEntries(base)
  const shownBefore = visibleEntries(base)
  const shownNow = visibleEntries(next)
  let clock: Clock | null = null
  const reading = () => (clock ??= tick(latestSeen(base.sync), now, node))

  const clocks: SyncState['clocks'] = { ...base.sync.clocks }
  const tombstones: SyncState['tombstones'] = { ...base.sync.tombstones }
  const hidden = new Map(Object.entries(base.sync.hidden).map(([key, value]) => [key, { kind: value.kind, parent: value.parent, item: value.item } as Entry]))

  for (const [key, entry] of shownNow) {
    const old = before.get(key)
    if (!old) {
      clocks[key] = { c: reading() }
      continue
    }
    const changed = new Set([...mergedFields(entry), ...mergedFields(old)].filter((field) => !sameValue(entry.item[field], old.item[field])))
    if (!shownBefore.has(key)) {
      changed.add(shownField)
      hidden.delete(key)
    }
    if (changed.size === 0) continue
    const fields = { ...clocks[key]?.f }
    for (const field of changed) fields[field] = reading()
    clocks[key] = { c: clocksOf(base.sync, key).c, f: fields }
  }
  for (const [key, entry] of shownBefore) {
    if (shownNow.has(key)) continue
    tombstones[key] = reading()
    hidden.set(key, entry)
  }
  if (clock === null) return { ...next, sync: base.sync }
  return { ...next, sync: { clocks, tombstones, hidden: hiddenFrom(hidden), seen: { ...base.sync.seen, [node]: clock } } }
}
