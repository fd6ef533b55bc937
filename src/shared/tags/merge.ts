import type { Tag } from '../annotations/types'
import { fail, ok, type Result } from '../errors'

/**
 * Merging one tag into another: every annotation that carried `fromId` carries `intoId` instead (once),
 * `fromId`'s sub-tags move under `intoId`, and `fromId` disappears. No assignment is lost.
 */
export interface MergeResult<A> {
  tags: Tag[]
  annotations: A[]
  /** How many annotations carry `intoId` after the merge. */
  carrying: number
}

export function mergeTags<A extends { tags: readonly string[] }>(
  tags: readonly Tag[],
  annotations: readonly A[],
  fromId: string,
  intoId: string
): Result<MergeResult<A>> {
  if (fromId === intoId) return fail('errorTagMergeSelf')
  if (!tags.some((tag) => tag.id === fromId) || !tags.some((tag) => tag.id === intoId)) return fail('errorTagUnknown')
  // Merging a tag into its own descendant would leave that descendant under itself: lift it first.
  const into = tags.find((tag) => tag.id === intoId)!
  const from = tags.find((tag) => tag.id === fromId)!
  let intoParent = into.parentId
  for (let id: string | null = into.parentId; id; id = tags.find((tag) => tag.id === id)?.parentId ?? null) {
    if (id === fromId) {
      intoParent = from.parentId
      break
    }
  }
  const nextTags = tags
    .filter((tag) => tag.id !== fromId)
    .map((tag) => (tag.id === intoId ? { ...tag, parentId: intoParent } : tag.parentId === fromId ? { ...tag, parentId: intoId } : tag))
  let carrying = 0
  const nextAnnotations = annotations.map((annotation) => {
    const had = annotation.tags.includes(fromId)
    const nextTagIds = had ? [...new Set(annotation.tags.map((id) => (id === fromId ? intoId : id)))] : annotation.tags
    if (nextTagIds.includes(intoId)) carrying += 1
    return had ? ({ ...annotation, tags: nextTagIds } as A) : annotation
  })
  return ok({ tags: nextTags, annotations: nextAnnotations, carrying })
}
