import type { Edition, LegalDocument } from '../project/schema'
import type { Annotation, AnnotationTarget } from './types'

/**
 * The review queue of notes carried to a new edition changed or orphaned (src/shared/editions/revise-project.ts):
 * what each one said before and says now, and the scholar's answers. Nothing is dropped by any answer.
 */

/** Accept the new place; keep it as an orphan (its words were deleted); or re-attach it to other words. */
export type ReviewAnswer = { kind: 'accept' } | { kind: 'keepOrphan' } | { kind: 'reattach'; target: AnnotationTarget }

/** One note waiting for review. */
export interface ReviewItem {
  annotation: Annotation
  status: 'changed' | 'orphaned'
  /** The label of the edition it was carried from. */
  fromLabel: string
  /** Its words in that edition. */
  oldWording: string
  /** Its words in the edition being read; null for an orphan. */
  newWording: string | null
}

/** The notes waiting for review, in the project's order. */
export function reviewQueue(annotations: Iterable<Annotation>, editions: readonly (Edition | LegalDocument)[]): ReviewItem[] {
  const labels = new Map(editions.flatMap((edition) => (edition.edition ? [[edition.edition.id, edition.edition.label] as const] : [])))
  const items: ReviewItem[] = []
  for (const annotation of annotations) {
    if (!annotation.review) continue
    const from = annotation.review.from
    const old = annotation.anchors?.[from]?.target ?? annotation.target
    items.push({
      annotation,
      status: annotation.orphan ? 'orphaned' : 'changed',
      fromLabel: labels.get(from) ?? from,
      oldWording: old.quote.exact,
      newWording: annotation.orphan ? null : annotation.target.quote.exact
    })
  }
  return items
}

/** A note with the scholar's answer applied: out of the queue, and re-attached where they chose. */
export function answerReview(annotation: Annotation, answer: ReviewAnswer, now = new Date()): Annotation {
  const { review: _review, orphan, ...rest } = annotation
  const modified = now.toISOString()
  if (answer.kind === 'reattach') return { ...rest, target: answer.target, modified }
  return orphan ? { ...rest, orphan, modified } : { ...rest, modified }
}
