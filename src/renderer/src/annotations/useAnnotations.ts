import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { createAnnotation, reviseAnnotation } from '../../../shared/annotations/model'
import type { Annotation, AnnotationTarget } from '../../../shared/annotations/types'
import type { DocJSON } from '../../../shared/document/types'
import type { ProjectFile } from '../../../shared/project/schema'
import { emptyHistory, record, redoStep, undoStep, type AnnotationHistory } from './annotation-history'
import { currentAuthor } from './current-author'

interface Options {
  annotations: Annotation[]
  /** The loaded document; a new one starts a fresh undo history. */
  content: DocJSON | null
  updateProject: (change: (project: ProjectFile) => ProjectFile, dirty?: boolean) => void
}

/**
 * The open project's annotations and every operation on them. Each operation is one undo step; typing in
 * one annotation's commentary coalesces into one step.
 */
export function useAnnotations({ annotations, content, updateProject }: Options) {
  // The history belongs to the document it was made on: a newly loaded one starts empty.
  const [history, setHistory] = useState<{ content: DocJSON | null; value: AnnotationHistory }>({ content, value: emptyHistory() })
  const current = history.content === content ? history.value : emptyHistory()
  const latest = useRef(annotations)
  const latestHistory = useRef(current)
  useLayoutEffect(() => {
    latest.current = annotations
    latestHistory.current = current
  })

  const show = useCallback(
    (list: Annotation[], value: AnnotationHistory) => {
      latest.current = list
      latestHistory.current = value
      setHistory({ content, value })
      updateProject((project) => ({ ...project, annotations: list }))
    },
    [content, updateProject]
  )

  const apply = useCallback((next: Annotation[], key?: string) => show(next, record(latestHistory.current, latest.current, next, key)), [show])

  const add = useCallback(
    (target: AnnotationTarget, tags: string[] = []) => {
      const annotation = createAnnotation({ target, author: currentAuthor(), tags })
      apply([...latest.current, annotation])
      return annotation
    },
    [apply]
  )

  const update = useCallback(
    (id: string, changes: Partial<Omit<Annotation, 'id' | 'created' | 'author'>>, coalesceKey?: string) => {
      apply(
        latest.current.map((annotation) => (annotation.id === id ? reviseAnnotation(annotation, changes) : annotation)),
        coalesceKey
      )
    },
    [apply]
  )

  const remove = useCallback((id: string) => apply(latest.current.filter((annotation) => annotation.id !== id)), [apply])

  const step = useCallback(
    (direction: typeof undoStep) => {
      const result = direction(latestHistory.current)
      if (!result) return false
      show(result.list, result.history)
      return true
    },
    [show]
  )
  const undo = useCallback(() => step(undoStep), [step])
  const redo = useCallback(() => step(redoStep), [step])

  return { add, update, remove, undo, redo, canUndo: current.undo.length > 0, canRedo: current.redo.length > 0 }
}
