import { entryKey, type EntryKind } from '../../merge/entries'
import { formatClock, maxClock, zeroClock, type Clock } from '../../merge/hlc'
import type { SyncState } from '../schema'

/** The clock node of writes made before Glossa kept clocks. */
export const migratedNode = 'migrated'

type Data = Record<string, unknown>

const records = (value: unknown): Data[] =>
  Array.isArray(value) ? value.filter((entry): entry is Data => typeof entry === 'object' && entry !== null && typeof (entry as Data).id === 'string') : []

/**
 * Version 2 adds the `sync` record the team merge needs. Each existing item gets a creation clock read from
 * its own `modified` (or `created`) time, so two colleagues who upgrade copies of the same version-1 file
 * get identical clocks, and the later of two diverging version-1 edits wins when they merge.
 */
export function migrateV1ToV2(v1: Data): Data {
  const meta = (typeof v1.meta === 'object' && v1.meta !== null ? v1.meta : {}) as Data
  const fallback = Date.parse(String(meta.modified ?? '')) || 0
  const sync: SyncState = { clocks: {}, tombstones: {}, hidden: {}, seen: {} }
  let latest: Clock = zeroClock
  const stamp = (kind: EntryKind, item: Data, parent?: string) => {
    const time = Date.parse(String(item.modified ?? item.created ?? '')) || fallback
    const clock = formatClock(time, 0, migratedNode)
    sync.clocks[entryKey(kind, item.id as string, parent)] = { c: clock }
    latest = maxClock(latest, clock)
  }
  for (const annotation of records(v1.annotations)) {
    stamp('annotation', annotation)
    for (const reply of records(annotation.replies)) stamp('reply', reply, annotation.id as string)
  }
  for (const tag of records(v1.tags)) stamp('tag', tag)
  for (const source of records(v1.sources)) stamp('source', source)
  if (latest !== zeroClock) sync.seen[migratedNode] = latest
  return { ...v1, schemaVersion: 2, sync }
}
