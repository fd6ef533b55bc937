import type { ProjectFile, SyncState } from '../project/schema'
import { canonicalJSON, sameValue } from './canonical'
import { clocksOf, fieldClock, latestClock, shownField, type EntryClocks } from './clocks'
import { collectionsFrom, hiddenFrom, mergedFields, projectEntries, type Entry, type Item, type ProjectEntries } from './entries'
import { maxClock, type Clock } from './hlc'

/**
 * The team merge: a state-based CRDT of last-writer-wins registers, one register per field of each
 * annotation, reply, tag and source, ordered by hybrid logical clocks (hlc.ts).
 *
 * Why this and not Yjs or Automerge: Glossa's project file is plain JSON kept by lowdb and read by people
 * and other tools; a CRDT library would store its own binary history beside it and make every feature
 * speak its types. Per-field registers need only a clock per field (kept in the file's `sync` record), and
 * the merge of two states is a pure function that is commutative, associative and idempotent (proved by
 * the property tests in merge.test.ts): each register keeps the write with the greatest clock, ties broken
 * by the value's canonical text; tombstones and `seen` keep the greatest clock per key.
 *
 * Deletions travel as tombstones, and a deleted entry's data stays in `sync.hidden`, so nothing is lost:
 * an entry is shown when it has no tombstone or was written after its tombstone (an edit made later than a
 * deletion brings it back); a reply is shown only with its annotation, and an annotation counts its
 * replies' writes as its own.
 */

interface MergedEntry {
  entry: Entry
  clocks: EntryClocks
}

/** Picks one register's value: the greater clock wins; equal clocks (never from two real writers) by value. */
function pick(aClock: Clock, aValue: unknown, bClock: Clock, bValue: unknown): { clock: Clock; value: unknown } {
  if (aClock !== bClock) return aClock > bClock ? { clock: aClock, value: aValue } : { clock: bClock, value: bValue }
  if (sameValue(aValue, bValue)) return { clock: aClock, value: aValue }
  return canonicalJSON(aValue) >= canonicalJSON(bValue) ? { clock: aClock, value: aValue } : { clock: bClock, value: bValue }
}

/** Whether two entries hold the very same writes: same clocks and same values (the common case). */
function sameWrites(a: MergedEntry, b: MergedEntry): boolean {
  if (a.clocks !== b.clocks && (a.clocks.c !== b.clocks.c || !sameClockRecord(a.clocks.f ?? {}, b.clocks.f ?? {}))) return false
  if (a.entry.item === b.entry.item) return true
  const fields = mergedFields(a.entry)
  if (fields.length !== mergedFields(b.entry).length) return false
  return fields.every((field) => sameValue(a.entry.item[field], b.entry.item[field]))
}

/** Whether two field-clock records are the same, key order included (what comparing their JSON texts answered). */
function sameClockRecord(a: Record<string, Clock>, b: Record<string, Clock>): boolean {
  if (a === b) return true
  const keys = Object.keys(a)
  const otherKeys = Object.keys(b)
  if (keys.length !== otherKeys.length) return false
  for (let index = 0; index < keys.length; index++) if (keys[index] !== otherKeys[index] || a[keys[index]!] !== b[keys[index]!]) return false
  return true
}

function mergeEntry(a: MergedEntry, b: MergedEntry): MergedEntry {
  if (sameWrites(a, b)) return a
  const c = a.clocks.c <= b.clocks.c ? a.clocks.c : b.clocks.c
  const fields = new Set([...mergedFields(a.entry), ...mergedFields(b.entry), ...Object.keys(a.clocks.f ?? {}), ...Object.keys(b.clocks.f ?? {})])
  const item: Item = { id: a.entry.item.id }
  const f: Record<string, Clock> = {}
  // Fields in my item's order first (so unchanged items compare fast), then the rest in a fixed order.
  const own = mergedFields(a.entry)
  const order = [...own, ...[...fields].filter((field) => !own.includes(field)).sort()]
  for (const field of order) {
    const won = pick(fieldClock(a.clocks, field), a.entry.item[field], fieldClock(b.clocks, field), b.entry.item[field])
    if (won.value !== undefined && field !== shownField) item[field] = won.value
    if (won.clock !== c) f[field] = won.clock
  }
  const clocks = Object.keys(f).length > 0 ? { c, f } : { c }
  return { entry: { ...a.entry, item }, clocks }
}

function maxRecord(a: Record<string, Clock>, b: Record<string, Clock>): Record<string, Clock> {
  const merged = { ...a }
  for (const [key, clock] of Object.entries(b)) merged[key] = merged[key] === undefined ? clock : maxClock(merged[key], clock)
  return merged
}

function entriesWithClocks(project: ProjectFile, entries: Map<string, Entry>): Map<string, MergedEntry> {
  const result = new Map<string, MergedEntry>()
  for (const [key, entry] of entries) result.set(key, { entry, clocks: clocksOf(project.sync, key) })
  return result
}

/** Which entries are shown, from the merged registers and tombstones alone (so every replica agrees). */
function shownKeys(entries: Map<string, MergedEntry>, tombstones: SyncState['tombstones']): Set<string> {
  const latest = new Map<string, Clock>()
  for (const [key, { clocks }] of entries) latest.set(key, latestClock(clocks))
  // An annotation counts its replies' writes as its own: a reply written after a deletion brings the thread back.
  const annotationLatest = new Map<string, Clock>()
  for (const [key, { entry }] of entries) {
    const owner = entry.kind === 'reply' ? `annotation:${entry.parent}` : key
    const current = annotationLatest.get(owner)
    annotationLatest.set(owner, current === undefined ? latest.get(key)! : maxClock(current, latest.get(key)!))
  }
  const alive = (key: string, clock: Clock | undefined) => clock !== undefined && (tombstones[key] === undefined || tombstones[key] < clock)
  const shown = new Set<string>()
  for (const [key, { entry }] of entries) {
    if (entry.kind === 'reply') {
      const parent = `annotation:${entry.parent}`
      if (alive(key, latest.get(key)) && entries.has(parent) && alive(parent, annotationLatest.get(parent))) shown.add(key)
    } else if (alive(key, entry.kind === 'annotation' ? annotationLatest.get(key) : latest.get(key))) shown.add(key)
  }
  return shown
}

/** Entries in a stable order every replica agrees on: by creation clock, then key. */
function ordered(entries: Map<string, MergedEntry>): [string, MergedEntry][] {
  return [...entries].sort(([keyA, a], [keyB, b]) => (a.clocks.c !== b.clocks.c ? (a.clocks.c < b.clocks.c ? -1 : 1) : keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
}

/**
 * The editions both projects know, by id: mine as I have them (an edition's text is the file it was imported
 * from, never edited), then those only theirs has, their edition being read included, in their order.
 */
function mergeEditions(mine: ProjectFile, theirs: ProjectFile): ProjectFile['editions'] {
  const known = new Set([mine.document?.edition?.id, ...mine.editions.map((edition) => edition.edition.id)])
  const theirsAll = [...(theirs.document?.edition ? [{ ...theirs.document, edition: theirs.document.edition }] : []), ...theirs.editions]
  const added = theirsAll.filter((edition) => !known.has(edition.edition.id))
  return added.length === 0 ? mine.editions : [...mine.editions, ...added]
}

/** The merged collections and sync state of two projects; `mine`'s metadata and document are kept, editions joined. */
export function mergeStates(mine: ProjectFile, theirs: ProjectFile, entries?: { mine: ProjectEntries; theirs: ProjectEntries }): ProjectFile {
  const merged = entriesWithClocks(mine, (entries?.mine ?? projectEntries(mine)).all)
  for (const [key, entry] of (entries?.theirs ?? projectEntries(theirs)).all) {
    const own = merged.get(key)
    const other = { entry, clocks: clocksOf(theirs.sync, key) }
    merged.set(key, own ? mergeEntry(own, other) : other)
  }
  const tombstones = maxRecord(mine.sync.tombstones, theirs.sync.tombstones)
  const shown = shownKeys(merged, tombstones)
  const sequence = ordered(merged)
  const clocks: SyncState['clocks'] = {}
  for (const [key, value] of sequence) clocks[key] = value.clocks
  return {
    ...mine,
    editions: mergeEditions(mine, theirs),
    ...collectionsFrom(sequence.filter(([key]) => shown.has(key)).map(([, value]) => value.entry)),
    sync: {
      clocks,
      tombstones,
      hidden: hiddenFrom(sequence.filter(([key]) => !shown.has(key)).map(([key, value]) => [key, value.entry] as [string, Entry])),
      seen: maxRecord(mine.sync.seen, theirs.sync.seen)
    }
  }
}
