import type { ProjectFile, SyncState } from '../project/schema'

/**
 * The merge works on a flat view of a project: every annotation, reply, tag and source is one entry under a
 * key unique across kinds. Replies are entries of their own (keyed by their annotation), so two colleagues
 * replying to the same annotation both keep their replies.
 */

export type EntryKind = 'annotation' | 'reply' | 'tag' | 'source'

/** Any item with a stable id; its other fields are merged one by one. */
export type Item = { id: string; [field: string]: unknown }

export interface Entry {
  kind: EntryKind
  /** For a reply: its annotation's id. */
  parent?: string
  item: Item
}

/** A key per entry, injective even when ids contain separators (the parent id's length is part of it). */
export function entryKey(kind: EntryKind, id: string, parent?: string): string {
  return kind === 'reply' ? `reply:${parent!.length}:${parent}:${id}` : `${kind}:${id}`
}

/** Fields that are not merged as values: the id itself, and an annotation's replies (merged as entries). */
export function mergedFields(entry: Entry): string[] {
  return Object.keys(entry.item).filter((field) => field !== 'id' && !(entry.kind === 'annotation' && field === 'replies'))
}

/**
 * An annotation's place in each other edition (`anchors`, keyed by edition id) merges edition by edition, as
 * a field of its own (`anchors/<edition id>`): a colleague carrying the notes to one edition and I to another
 * both keep our anchors. Entries hold annotations in this flat form; collections and hidden items nest it back.
 */
const anchorField = 'anchors/'

function flatAnnotation(item: Item): Item {
  const anchors = item['anchors']
  if (anchors === undefined) return item
  const { anchors: _anchors, ...rest } = item
  const flat: Item = { ...rest } as Item
  for (const [edition, anchor] of Object.entries(anchors as Record<string, unknown>)) flat[anchorField + edition] = anchor
  return flat
}

function nestedAnnotation(item: Item): Item {
  const fields = Object.keys(item).filter((field) => field.startsWith(anchorField))
  if (fields.length === 0) return item
  const nested: Item = { id: item.id }
  const anchors: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(item)) {
    if (field.startsWith(anchorField)) anchors[field.slice(anchorField.length)] = value
    else nested[field] = value
  }
  nested['anchors'] = anchors
  return nested
}

const hiddenEntry = (hidden: SyncState['hidden'][string]): Entry => ({
  kind: hidden.kind,
  parent: hidden.parent,
  item: hidden.kind === 'annotation' ? flatAnnotation(hidden.item as Item) : (hidden.item as Item)
})

const asItems = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : [])

/** The entries the project shows, in the project's own order. */
export function visibleEntries(project: Pick<ProjectFile, 'annotations' | 'tags' | 'sources'>): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  for (const annotation of project.annotations) {
    // The annotation object is used as it is (no copy, unless it has anchors): its `replies` field is never merged as a value.
    entries.set(entryKey('annotation', annotation.id), { kind: 'annotation', item: flatAnnotation(annotation as unknown as Item) })
    for (const reply of asItems(annotation.replies)) {
      entries.set(entryKey('reply', reply.id, annotation.id), { kind: 'reply', parent: annotation.id, item: reply })
    }
  }
  for (const tag of project.tags) entries.set(entryKey('tag', tag.id), { kind: 'tag', item: tag as Item })
  for (const source of project.sources) entries.set(entryKey('source', source.id), { kind: 'source', item: source as Item })
  return entries
}

/** Everything the project knows: what it shows and what it keeps hidden (deleted items, orphaned replies). */
export function allEntries(project: Pick<ProjectFile, 'annotations' | 'tags' | 'sources' | 'sync'>): Map<string, Entry> {
  const entries = visibleEntries(project)
  for (const [key, hidden] of Object.entries(project.sync.hidden)) {
    if (!entries.has(key)) entries.set(key, hiddenEntry(hidden))
  }
  return entries
}

/** A project's entries, what it shows and everything it knows, built once for the steps of a merge. */
export interface ProjectEntries {
  visible: Map<string, Entry>
  all: Map<string, Entry>
}

export function projectEntries(project: Pick<ProjectFile, 'annotations' | 'tags' | 'sources' | 'sync'>): ProjectEntries {
  const visible = visibleEntries(project)
  const all = new Map(visible)
  for (const [key, hidden] of Object.entries(project.sync.hidden)) {
    if (!all.has(key)) all.set(key, hiddenEntry(hidden))
  }
  return { visible, all }
}

/** Builds the project's collections from visible entries, in the given order; replies go into their annotation. */
export function collectionsFrom(entries: Iterable<Entry>): Pick<ProjectFile, 'annotations' | 'tags' | 'sources'> {
  const annotations: Item[] = []
  const byId = new Map<string, Item[]>()
  const tags: Item[] = []
  const sources: Item[] = []
  const replies: Entry[] = []
  for (const entry of entries) {
    if (entry.kind === 'annotation') {
      const list: Item[] = []
      byId.set(entry.item.id, list)
      annotations.push({ ...nestedAnnotation(entry.item), replies: list })
    } else if (entry.kind === 'reply') replies.push(entry)
    else (entry.kind === 'tag' ? tags : sources).push(entry.item)
  }
  for (const reply of replies) byId.get(reply.parent!)?.push(reply.item)
  // Field values come from validated projects; main validates every merged result again before it is used.
  return { annotations, tags, sources } as unknown as Pick<ProjectFile, 'annotations' | 'tags' | 'sources'>
}

/** An annotation without its replies (they are entries of their own). */
function withoutReplies(item: Item): Item {
  const { replies: _replies, ...rest } = item
  return rest as Item
}

/** The hidden-entries record of a sync state, built from entries that are not shown. */
export function hiddenFrom(entries: Iterable<[string, Entry]>): SyncState['hidden'] {
  const hidden: SyncState['hidden'] = {}
  for (const [key, entry] of entries) {
    const item = entry.kind === 'annotation' ? nestedAnnotation('replies' in entry.item ? withoutReplies(entry.item) : entry.item) : entry.item
    hidden[key] = entry.parent === undefined ? { kind: entry.kind, item } : { kind: entry.kind, parent: entry.parent, item }
  }
  return hidden
}
