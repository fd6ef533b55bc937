import { commentaryText } from '../../../shared/annotations/model'
import type { Annotation } from '../../../shared/annotations/types'

/** What the annotation list is narrowed to; empty strings mean "any". */
export interface AnnotationFilter {
  text: string
  tagId: string
  authorId: string
  eId: string
}

/** No filter. */
export const noFilter: AnnotationFilter = { text: '', tagId: '', authorId: '', eId: '' }

/** Whether an annotation passes the filter; the text matches its quote, its commentary or its tags' names. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter, tagName: (id: string) => string | undefined): boolean {
  if (filter.tagId && !annotation.tags.includes(filter.tagId)) return false
  if (filter.authorId && annotation.author.id !== filter.authorId) return false
  if (filter.eId && annotation.target.eId !== filter.eId) return false
  const wanted = filter.text.trim().toLocaleLowerCase()
  if (!wanted) return true
  const haystack = [annotation.target.quote.exact, commentaryText(annotation.body), ...annotation.tags.map((id) => tagName(id) ?? '')].join('\n')
  return haystack.toLocaleLowerCase().includes(wanted)
}
