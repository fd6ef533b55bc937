import type { SyncState } from '../project/schema'
import { zeroClock, type Clock } from './hlc'

/** When an entry was created (`c`) and when each field was last written, where that differs from `c`. */
export type EntryClocks = SyncState['clocks'][string]

/** Pseudo-field written when a hidden entry is shown again, so the showing outlives the tombstone. */
export const shownField = '$shown'

/** The clocks of an entry; entries written without clocks (outside Glossa) count as older than any edit. */
export function clocksOf(sync: SyncState, key: string): EntryClocks {
  return sync.clocks[key] ?? { c: zeroClock }
}

/** When a field was last written. */
export function fieldClock(clocks: EntryClocks, field: string): Clock {
  return clocks.f?.[field] ?? clocks.c
}

/** The latest write to any field of an entry. */
export function latestClock(clocks: EntryClocks): Clock {
  let latest = clocks.c
  for (const clock of Object.values(clocks.f ?? {})) if (clock > latest) latest = clock
  return latest
}

/** The latest clock this replica has seen from anyone. */
export function latestSeen(sync: SyncState): Clock {
  let latest = zeroClock
  for (const clock of Object.values(sync.seen)) if (clock > latest) latest = clock
  return latest
}

/** Whether a replica had already seen a write: its latest clock from that writer is not older. */
export function hasSeen(sync: SyncState, clock: Clock): boolean {
  const node = clock.slice(23)
  const seen = sync.seen[node]
  return seen !== undefined && seen >= clock
}
