import { z } from 'zod'
import type { Tag } from '../annotations/types'

/**
 * The zod schema of the project's tag taxonomy. A single tag is checked on its own (`tagSchema`); the whole
 * list (`tagsSchema`) must also hold together: unique ids, parents that exist, no tag its own ancestor.
 */

/** Tag colours are hex colours only, so no CSS can ride in on a colour. */
export const tagColorPattern = /^#[0-9a-fA-F]{6}$/

export const tagSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  color: z.string().regex(tagColorPattern),
  description: z.string().max(10_000),
  parentId: z.string().min(1).max(200).nullable()
}) satisfies z.ZodType<Tag>

/** The id of a tag that sits on a parent cycle, or null when the parent links form a forest. */
export function findParentCycle(tags: readonly Tag[]): string | null {
  const parentOf = new Map(tags.map((tag) => [tag.id, tag.parentId]))
  for (const tag of tags) {
    const seen = new Set<string>()
    let current: string | null | undefined = tag.id
    while (current) {
      if (seen.has(current)) return tag.id
      seen.add(current)
      current = parentOf.get(current)
    }
  }
  return null
}

/** The whole taxonomy (its items satisfy the shared `Tag` contract, see `tagSchema`). */
export const tagsSchema = z
  .array(tagSchema)
  .max(10_000)
  .superRefine((tags, context) => {
    const ids = new Set<string>()
    tags.forEach((tag, index) => {
      if (ids.has(tag.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate tag id ${tag.id}` })
      ids.add(tag.id)
    })
    tags.forEach((tag, index) => {
      if (tag.parentId !== null && !ids.has(tag.parentId)) {
        context.addIssue({ code: 'custom', path: [index, 'parentId'], message: `unknown parent tag ${tag.parentId}` })
      }
    })
    const cycle = findParentCycle(tags)
    if (cycle) context.addIssue({ code: 'custom', path: [tags.findIndex((tag) => tag.id === cycle), 'parentId'], message: 'tag is its own ancestor' })
  })
