import { commentaryText } from '../../../shared/annotations/model'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { tagAndDescendants } from '../../../shared/tags/taxonomy'

/** What the annotation list is narrowed to; empty strings mean "any". */
export interface AnnotationFilter {
  text: string
  tagId: string
  authorId: string
  eId: string
}

/** No filter. */
export const noFilter: AnnotationFilter = { text: '', tagId: '', authorId: '', eId: '' }

/** The filter made ready for many annotations: the tag and its descendants (a parent shows its children's notes). */
export interface PreparedFilter extends AnnotationFilter {
  tagIds: ReadonlySet<string> | null
}

export function prepareFilter(filter: AnnotationFilter, tags: readonly Tag[]): PreparedFilter {
  return { ...filter, tagIds: filter.tagId ? tagAndDescendants(tags, filter.tagId) : null }
}

/** Whether an annotation passes the filter; the text matches its quote, its commentary or its tags' names. */
export function matchesFilter(annotation: Annotation, filter: PreparedFilter, tagName: (id: string) => string | undefined): boolean {
  const { tagIds } = filter
  if (tagIds && !annotation.tags.some((id) => tagIds.has(id))) return false
  if (filter.authorId && annotation.author.id !== filter.authorId) return false
  if (filter.eId && annotation.target.eId !== filter.eId) return false
  const wanted = filter.text.trim().toLocaleLowerCase()
  if (!wanted) return true
  const haystack = [annotation.target.quote.exact, commentaryText(annotation.body), ...annotation.tags.map((id) => tagName(id) ?? '')].join('\n')
  return haystack.toLocaleLowerCase().includes(wanted)
}
