import { useMemo } from 'react'
import { createAnnotation, reviseAnnotation } from '../../../shared/annotations/model'
import { answerReview, type ReviewAnswer } from '../../../shared/annotations/review'
import type { Annotation, AnnotationTarget } from '../../../shared/annotations/types'
import type { ProjectStore } from '../store/project-store'
import { currentAuthor } from './current-author'

type AnnotationChanges = Partial<Omit<Annotation, 'id' | 'created' | 'author'>>

/**
 * The operations on annotations, each applied to the store as one undo step by id; typing in one
 * annotation's commentary (one `coalesceKey`) coalesces into one step.
 */
export function annotationOperations(store: ProjectStore) {
  const current = (id: string) => store.getState().open?.data.annotations.get(id)
  return {
    /** Adds an annotation; `beforeApply` sees it first (the editor is told where it is, so it is drawn without a search). */
    add(target: AnnotationTarget, tags: string[] = [], beforeApply?: (annotation: Annotation) => void): Annotation {
      const annotation = createAnnotation({ target, author: currentAuthor(), tags })
      beforeApply?.(annotation)
      store.apply([{ in: 'annotations', id: annotation.id, value: annotation }])
      return annotation
    },
    update(id: string, changes: AnnotationChanges, coalesceKey?: string) {
      const annotation = current(id)
      if (annotation) store.apply([{ in: 'annotations', id, value: reviseAnnotation(annotation, changes) }], { key: coalesceKey })
    },
    /** Takes a carried note out of the review queue (accepted, kept as an orphan, or re-attached): one step. */
    answerReview(id: string, answer: ReviewAnswer) {
      const annotation = current(id)
      if (annotation) store.apply([{ in: 'annotations', id, value: answerReview(annotation, answer) }])
    },
    remove(id: string) {
      if (current(id)) store.apply([{ in: 'annotations', id, value: null }])
    }
  }
}

/** The annotation operations on a store, for a component. */
export function useAnnotations(store: ProjectStore) {
  return useMemo(() => annotationOperations(store), [store])
}
