import type { Annotation } from '../../../shared/annotations/types'
import type { ProjectFile } from '../../../shared/project/schema'

/**
 * The open project's data as the store holds it, and the one way it changes: an operation, a list of
 * changes to single items by id. Applying an operation returns its inverse (the changes that put every
 * touched item back), so undo restores exactly what the step touched and nothing else.
 */

type TagItem = ProjectFile['tags'][number]
type SourceItem = ProjectFile['sources'][number]

/** The collections whose items are changed one by one, each keyed by its items' ids (Map order = file order). */
export interface Collections {
  annotations: ReadonlyMap<string, Annotation>
  tags: ReadonlyMap<string, TagItem>
  sources: ReadonlyMap<string, SourceItem>
}

export type CollectionName = keyof Collections
type ItemOf<C extends CollectionName> = Collections[C] extends ReadonlyMap<string, infer T> ? T : never

/** The open project's data: everything of the file but the collections, which live in maps. */
export interface ProjectData extends Collections {
  /** The file's other parts: format, meta, document (as loaded: the editor holds the text as it is now), sync. */
  rest: Omit<ProjectFile, CollectionName>
}

/** One change: an item put (added or replaced) or removed (`value` null), or the meta, sync state or edition replaced. */
export type Change =
  | { [C in CollectionName]: { in: C; id: string; value: ItemOf<C> | null } }[CollectionName]
  | { in: 'meta'; value: ProjectFile['meta'] }
  | { in: 'sync'; value: ProjectFile['sync'] }
  /** The text read and the work's other editions, replaced together (a revised version imported). */
  | { in: 'edition'; value: EditionState }

/** Which edition is read and which are kept beside it. */
export interface EditionState {
  document: ProjectFile['document']
  editions: ProjectFile['editions']
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]))

/** The store's form of a project file. */
export function dataFromProject(project: ProjectFile): ProjectData {
  const { annotations, tags, sources, ...rest } = project
  return { rest, annotations: byId(annotations as Annotation[]), tags: byId(tags), sources: byId(sources) }
}

const projects = new WeakMap<ProjectData, ProjectFile>()

/** The project file for this data (computed once per data object, so selectors stay stable). */
export function projectFromData(data: ProjectData): ProjectFile {
  let project = projects.get(data)
  if (!project) {
    project = { ...data.rest, annotations: [...data.annotations.values()], tags: [...data.tags.values()], sources: [...data.sources.values()] } as ProjectFile
    projects.set(data, project)
  }
  return project
}

/** Applies changes in order; returns the new data and the inverse changes (to apply in the order given). */
export function applyChanges(data: ProjectData, changes: readonly Change[]): { data: ProjectData; inverse: Change[] } {
  if (changes.length === 0) return { data, inverse: [] }
  // Each collection is copied once per operation, on its first change.
  const copies: Partial<Record<CollectionName, Map<string, unknown>>> = {}
  let rest = data.rest
  const inverse: Change[] = []
  for (const change of changes) {
    if (change.in === 'edition') {
      inverse.push({ in: 'edition', value: { document: rest.document, editions: rest.editions } })
      rest = { ...rest, ...change.value }
      continue
    }
    if (change.in === 'meta' || change.in === 'sync') {
      inverse.push({ in: change.in, value: rest[change.in] } as Change)
      rest = { ...rest, [change.in]: change.value }
      continue
    }
    const map = (copies[change.in] ??= new Map(data[change.in] as ReadonlyMap<string, unknown>))
    inverse.push({ in: change.in, id: change.id, value: map.get(change.id) ?? null } as Change)
    if (change.value === null) map.delete(change.id)
    else map.set(change.id, change.value)
  }
  return { data: { ...data, ...copies, rest } as ProjectData, inverse: inverse.reverse() }
}

/**
 * The changes that turn `before` into `after`, item by item. An item is unchanged while it is the same
 * object, or (for projects that crossed IPC, e.g. a merge) while `same` says so.
 */
export function changesBetween(before: ProjectFile, after: ProjectFile, same: (a: unknown, b: unknown) => boolean = Object.is): Change[] {
  const changes: Change[] = []
  const collection = <C extends CollectionName>(name: C) => {
    const old = before[name] as readonly { id: string }[]
    const next = after[name] as readonly { id: string }[]
    if (old === next) return
    const oldById = byId(old)
    const nextIds = new Set<string>()
    for (const item of next) {
      nextIds.add(item.id)
      const previous = oldById.get(item.id)
      if (previous === undefined || !same(previous, item)) changes.push({ in: name, id: item.id, value: item } as Change)
    }
    for (const item of old) if (!nextIds.has(item.id)) changes.push({ in: name, id: item.id, value: null } as Change)
  }
  collection('annotations')
  collection('tags')
  collection('sources')
  if (!same(before.meta, after.meta)) changes.push({ in: 'meta', value: after.meta })
  if (!same(before.sync, after.sync)) changes.push({ in: 'sync', value: after.sync })
  return changes
}

/** Annotation ids an operation's changes touch (what the editor must redraw). */
export function touchedAnnotations(changes: readonly Change[]): string[] {
  return changes.flatMap((change) => (change.in === 'annotations' ? [change.id] : []))
}

/** The data with each collection in the order `project` lists it (a merge decides the file's order too). */
export function inOrderOf(data: ProjectData, project: ProjectFile): ProjectData {
  let next = data
  for (const name of ['annotations', 'tags', 'sources'] as const) {
    const order = (project[name] as readonly { id: string }[]).map((item) => item.id)
    const current = data[name] as ReadonlyMap<string, unknown>
    const keys = [...current.keys()]
    if (keys.length === order.length && keys.every((id, index) => id === order[index])) continue
    const listed = new Set(order)
    const sorted = new Map<string, unknown>()
    for (const id of order) if (current.has(id)) sorted.set(id, current.get(id))
    for (const id of keys) if (!listed.has(id)) sorted.set(id, current.get(id))
    next = { ...next, [name]: sorted }
  }
  return next
}
