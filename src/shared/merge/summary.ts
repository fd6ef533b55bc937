import type { ProjectFile } from '../project/schema'
import { sameValue } from './canonical'
import { mergedFields, visibleEntries, type Entry, type EntryKind, type Item } from './entries'

/** One line of a merge summary. */
export interface SummaryEntry {
  kind: EntryKind
  id: string
  item: Item
}

/** What a merge did to my project: entries that appeared, changed or went away. */
export interface MergeSummary {
  added: SummaryEntry[]
  changed: SummaryEntry[]
  removed: SummaryEntry[]
}

/** Field by field, so values the merge took over unchanged (the very same objects) compare at once. */
function sameEntry(a: Entry, b: Entry): boolean {
  if (a.item === b.item) return true
  const fields = mergedFields(a)
  for (const field of fields) if (!sameValue(a.item[field], b.item[field])) return false
  // A field only the other has counts as a change unless it is unset there too.
  for (const field of mergedFields(b)) if (!Object.hasOwn(a.item, field) && b.item[field] !== undefined) return false
  return true
}

/** Compares what my project showed before the merge with what it shows after. */
export function summarise(before: ProjectFile, after: ProjectFile, shownBefore?: Map<string, Entry>): MergeSummary {
  const old = shownBefore ?? visibleEntries(before)
  const now = visibleEntries(after)
  const summary: MergeSummary = { added: [], changed: [], removed: [] }
  for (const [key, entry] of now) {
    const previous = old.get(key)
    const line = { kind: entry.kind, id: entry.item.id, item: entry.item }
    if (!previous) summary.added.push(line)
    else if (!sameEntry(previous, entry)) summary.changed.push(line)
  }
  for (const [key, entry] of old) if (!now.has(key)) summary.removed.push({ kind: entry.kind, id: entry.item.id, item: entry.item })
  return summary
}
