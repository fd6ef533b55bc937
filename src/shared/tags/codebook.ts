import type { Tag } from '../annotations/types'
import { ok, type GlossaError, type Result } from '../errors'
import { tagColorPattern } from './schema'
import { ensureTagNames, tagTree, updateTag, type TagChanges } from './taxonomy'

/**
 * A codebook: the tag taxonomy on its own, as other tools exchange it (CSV, REFI-QDA .qdc). Entries name a
 * tag by its path, so importing one into a project finds the tags it already has and makes the others under
 * their parents; ids never cross, since every tool makes its own.
 */
export interface CodebookEntry {
  /** The names from the top level down: ["Values", "Secularism"]. */
  path: string[]
  /** #rrggbb; absent: the tag keeps its colour (or inherits its parent's when new). */
  color?: string
  description?: string
}

/** The project's tags as codebook entries, parents before children. */
export function codebookOf(tags: readonly Tag[]): CodebookEntry[] {
  const paths = new Map<string, string[]>()
  return tagTree(tags).map(({ tag }) => {
    const path = [...(tag.parentId ? (paths.get(tag.parentId) ?? []) : []), tag.name]
    paths.set(tag.id, path)
    return { path, color: tag.color, description: tag.description }
  })
}

/** What importing a codebook did, entry by entry in sum; `refused` names the entries left out and why. */
export interface CodebookImport {
  tags: Tag[]
  added: number
  updated: number
  unchanged: number
  refused: { path: string; error: GlossaError }[]
}

/** A colour as the taxonomy stores it (#rrggbb, lower case), from #rgb or #rrggbb; null for anything else. */
export function normaliseColour(text: string): string | null {
  const trimmed = text.trim()
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(trimmed)
  const long = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : trimmed
  return tagColorPattern.test(long) ? long.toLowerCase() : null
}

/**
 * Puts a codebook into a taxonomy: each entry's tag is found by its path or made with its missing parents;
 * a colour or description the entry gives replaces the tag's. An entry the taxonomy refuses (a bad colour, an
 * empty name) is left out and reported; the others still count.
 */
export function importCodebook(tags: readonly Tag[], entries: readonly CodebookEntry[], newId: () => string): Result<CodebookImport> {
  let current = [...tags]
  const outcome = { added: 0, updated: 0, unchanged: 0, refused: [] as CodebookImport['refused'] }
  // Shorter paths first, so a parent's own colour is set before its new children inherit it.
  const ordered = [...entries].sort((a, b) => a.path.length - b.path.length)
  for (const entry of ordered) {
    const label = entry.path.join(' > ')
    const found = ensureTagNames(current, entry.path, newId)
    if (!found.ok) {
      outcome.refused.push({ path: label, error: found.error })
      continue
    }
    current = found.value.tags
    const tag = found.value.tag
    const changes: TagChanges = {}
    if (entry.color !== undefined && entry.color !== tag.color) changes.color = entry.color
    if (entry.description !== undefined && entry.description !== tag.description) changes.description = entry.description
    if (Object.keys(changes).length > 0) {
      const changed = updateTag(current, tag.id, changes)
      if (!changed.ok) {
        outcome.refused.push({ path: label, error: changed.error })
        if (found.value.created.length === 0) continue
      } else current = changed.value
    }
    if (found.value.created.length > 0) outcome.added += found.value.created.length
    else if (Object.keys(changes).length > 0) outcome.updated += 1
    else outcome.unchanged += 1
  }
  return ok({ tags: current, ...outcome })
}
