import type { Tag } from '../annotations/types'
import { fail, ok, type Result } from '../errors'
import { findParentCycle, tagColorPattern } from './schema'

/**
 * Editing the tag taxonomy: pure functions from a tag list to a new tag list, or a refusal the user can act
 * on. Names are unique among siblings (case-insensitively), so "Values > Secularism" names one tag.
 */

/** Colours offered to a new tag in turn; readable as highlights on white. */
export const tagPalette = ['#f5c542', '#7cc4f2', '#9be28f', '#f29fb5', '#c3a6f2', '#f2b57c', '#8fe0d4', '#d9d9d9'] as const

/** What the user can change about a tag. */
export interface TagChanges {
  name?: string
  color?: string
  description?: string
  parentId?: string | null
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

function check(tags: readonly Tag[], tag: Tag): Result<Tag> {
  const name = tag.name.trim()
  if (!name) return fail('errorTagNameEmpty')
  if (!tagColorPattern.test(tag.color)) return fail('errorTagColorInvalid', { value: tag.color })
  if (tag.parentId !== null && !tags.some((other) => other.id === tag.parentId)) return fail('errorTagUnknown')
  if (tags.some((other) => other.id !== tag.id && other.parentId === tag.parentId && sameName(other.name, name))) {
    return fail('errorTagNameTaken', { name })
  }
  return ok({ ...tag, name })
}

/** Adds a tag with the given id; its colour defaults to its parent's (inherited), or the next one in the palette. */
export function addTag(tags: readonly Tag[], id: string, changes: TagChanges): Result<Tag[]> {
  const parentColour = changes.parentId ? tags.find((tag) => tag.id === changes.parentId)?.color : undefined
  const tag: Tag = {
    id,
    name: changes.name ?? '',
    color: changes.color ?? parentColour ?? tagPalette[tags.length % tagPalette.length]!,
    description: changes.description ?? '',
    parentId: changes.parentId ?? null
  }
  const checked = check(tags, tag)
  return checked.ok ? ok([...tags, checked.value]) : checked
}

/**
 * Renames, recolours, describes or moves a tag. Its id stays, so every assignment stays with it.
 * Colours are inherited unless set: a tag whose colour is its parent's follows it, so recolouring a tag
 * recolours the descendants that still wear its colour, and a tag moved with its old parent's colour takes
 * its new parent's (see `inheritColour`).
 */
export function updateTag(tags: readonly Tag[], id: string, changes: TagChanges): Result<Tag[]> {
  const current = tags.find((tag) => tag.id === id)
  if (!current) return fail('errorTagUnknown')
  const color = changes.color ?? movedColour(tags, current, changes.parentId)
  const checked = check(tags, { ...current, ...changes, color })
  if (!checked.ok) return checked
  const next = tags.map((tag) => (tag.id === id ? checked.value : tag))
  if (findParentCycle(next)) return fail('errorTagParentCycle', { name: checked.value.name })
  return ok(inheritColour(next, id, current.color))
}

/** The colour of a tag moved to `parentId`: its new parent's when it wore its old parent's, else its own. */
function movedColour(tags: readonly Tag[], tag: Tag, parentId: string | null | undefined): string {
  if (parentId === undefined || parentId === tag.parentId) return tag.color
  const colourOf = (id: string | null) => (id ? tags.find((other) => other.id === id)?.color : undefined)
  const inherited = tag.parentId !== null && colourOf(tag.parentId) === tag.color
  return inherited ? (colourOf(parentId) ?? tag.color) : tag.color
}

/** Passes a tag's new colour down to the descendants that wore its old one (inherited, never set). */
function inheritColour(tags: Tag[], id: string, oldColour: string): Tag[] {
  const newColour = tags.find((tag) => tag.id === id)!.color
  if (newColour === oldColour) return tags
  const following = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const tag of tags) {
      if (tag.parentId && following.has(tag.parentId) && !following.has(tag.id) && tag.color === oldColour) {
        following.add(tag.id)
        grew = true
      }
    }
  }
  return tags.map((tag) => (following.has(tag.id) && tag.id !== id ? { ...tag, color: newColour } : tag))
}

/** Moves a tag under another (null: to the top level); see `updateTag`. */
export function moveTag(tags: readonly Tag[], id: string, parentId: string | null): Result<Tag[]> {
  return updateTag(tags, id, { parentId })
}

/** Renames a tag (see `updateTag`). */
export function renameTag(tags: readonly Tag[], id: string, name: string): Result<Tag[]> {
  return updateTag(tags, id, { name })
}

/** The tag's name with its ancestors', e.g. "Values > Secularism". */
export function tagPath(tags: readonly Tag[], id: string): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const names: string[] = []
  const seen = new Set<string>()
  for (let tag = byId.get(id); tag && !seen.has(tag.id); tag = tag.parentId ? byId.get(tag.parentId) : undefined) {
    seen.add(tag.id)
    names.unshift(tag.name)
  }
  return names.join(' > ')
}

/** Every tag's path by id, for lists that show many (one pass over the taxonomy per list, not per chip). */
export function tagPaths(tags: readonly Tag[]): Map<string, string> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const paths = new Map<string, string>()
  const pathOf = (tag: Tag, depth: number): string => {
    const known = paths.get(tag.id)
    if (known !== undefined) return known
    const parent = tag.parentId ? byId.get(tag.parentId) : undefined
    // The depth bound stops a cycle in a damaged file (the schema refuses them; this never loops anyway).
    const path = parent && depth < tags.length ? `${pathOf(parent, depth + 1)} > ${tag.name}` : tag.name
    paths.set(tag.id, path)
    return path
  }
  for (const tag of tags) pathOf(tag, 0)
  return paths
}

/** A tag with its depth in the tree, for indented lists. */
export interface TagRow {
  tag: Tag
  depth: number
}

/** The taxonomy as a tree in reading order: parents before their children, siblings by name. */
export function tagTree(tags: readonly Tag[]): TagRow[] {
  const children = new Map<string | null, Tag[]>()
  for (const tag of tags) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag])
  const rows: TagRow[] = []
  const visit = (parentId: string | null, depth: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    for (const tag of siblings) {
      rows.push({ tag, depth })
      visit(tag.id, depth + 1)
    }
  }
  visit(null, 0)
  return rows
}

/** Ids of the tag and all its descendants: where the tag may not be moved. */
export function tagAndDescendants(tags: readonly Tag[], id: string): Set<string> {
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const tag of tags) {
      if (tag.parentId && found.has(tag.parentId) && !found.has(tag.id)) {
        found.add(tag.id)
        grew = true
      }
    }
  }
  return found
}

/** Splits what a user typed as a tag path ("Values > Secularism", "Values/Secularism") into its names. */
export function tagPathNames(typed: string): string[] {
  return typed
    .split(/\s*[>/›»]\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
}

/**
 * Finds the tag a typed path names, making the levels that do not exist yet under the ones that do:
 * "Values > Secularism" finds or makes "Values" at the top, then "Secularism" under it. Names are matched
 * case-insensitively among siblings, as everywhere in the taxonomy. `newId` is called once per tag made.
 */
export function ensureTagPath(tags: readonly Tag[], typed: string, newId: () => string): Result<{ tags: Tag[]; tag: Tag; created: Tag[] }> {
  return ensureTagNames(tags, tagPathNames(typed), newId)
}

/** `ensureTagPath` for a path already split into names (a codebook's nesting: a name may hold "/" or ">"). */
export function ensureTagNames(tags: readonly Tag[], names: readonly string[], newId: () => string): Result<{ tags: Tag[]; tag: Tag; created: Tag[] }> {
  if (names.length === 0) return fail('errorTagNameEmpty')
  let current = [...tags]
  let parentId: string | null = null
  let tag: Tag | undefined
  const created: Tag[] = []
  for (const name of names) {
    tag = current.find((candidate) => candidate.parentId === parentId && sameName(candidate.name, name))
    if (!tag) {
      const inherited = parentId ? current.find((candidate) => candidate.id === parentId)?.color : undefined
      const added = addTag(current, newId(), { name, parentId, color: inherited })
      if (!added.ok) return added
      current = added.value
      tag = current[current.length - 1]!
      created.push(tag)
    }
    parentId = tag.id
  }
  return ok({ tags: current, tag: tag!, created })
}

/** Whether an annotation's tags include `tagId` or one of its descendants: filtering by "Values" shows "Values > Secularism". */
export function hasTagOrDescendant(assigned: readonly string[], tagId: string, tags: readonly Tag[]): boolean {
  if (assigned.includes(tagId)) return true
  const wanted = tagAndDescendants(tags, tagId)
  return assigned.some((id) => wanted.has(id))
}

/**
 * The tag a user typed on an annotation: a bare name that one tag anywhere in the tree has is that tag
 * ("Secularism" finds "Values > Secularism"); anything else is a path, found or made by `ensureTagPath`.
 */
export function resolveTypedTag(tags: readonly Tag[], typed: string, newId: () => string): Result<{ tags: Tag[]; tag: Tag; created: Tag[] }> {
  const names = tagPathNames(typed)
  if (names.length === 1) {
    const named = tags.filter((tag) => sameName(tag.name, names[0]!))
    if (named.length === 1) return ok({ tags: [...tags], tag: named[0]!, created: [] })
  }
  return ensureTagPath(tags, typed, newId)
}
