import { forwardRef, memo, useEffect, useImperativeHandle, useRef } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { closeHistory, redo, undo, undoDepth } from 'prosemirror-history'
import { TextSelection } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { DocJSON } from '../../../shared/document/types'
import { findUnitPos } from '../../../shared/document/outline'
import type { Annotation, AnnotationTarget, Tag } from '../../../shared/annotations/types'
import { buildDocumentText } from '../../../shared/annotations/document-text'
import { targetFromRange, type DocRange } from '../../../shared/annotations/selectors'
import { createEditorState } from './create-state'
import { highlightColor } from '../annotations/tag-colors'
import { touchedAnnotations } from '../store/operations'
import type { ProjectStore } from '../store/project-store'
import { activateAnnotation, annotationLayout, annotationsKey, annotationsPlugin, currentTargets, patchAnnotations, patchChangesDrawing, syncAnnotations, type DrawnAnnotation } from './plugins/annotations'
import { setReadOnly } from './plugins/read-only'
import { searchHighlightPlugin, setSearchHits, visibleWindow, type HitRange } from './plugins/search-highlight'
import { setUnitFocus } from './plugins/unit-focus'

export interface LegalEditorHandle {
  /** Scrolls to the unit with this eId and marks it; false if there is none. */
  goTo(eId: string): boolean
  /** Highlights the text search's hits and scrolls to the active one (-1: none). */
  showSearchHits(hits: HitRange[], active: number): void
  /** The document as it is now. */
  currentDoc(): PMNode | null
  /** The target and range of the text the user has selected (in reading mode too), or null. */
  selectionTarget(): { target: AnnotationTarget; range: DocRange } | null
  /** Tells the editor where a new annotation is, so it is drawn without searching for it. */
  rememberRange(id: string, range: DocRange): void
  /** Scrolls to an annotation and outlines it; false if it is not anchored. */
  showAnnotation(id: string | null): boolean
}

/** Where annotations are in the text: ids in document order and ids that could not anchor. */
export interface AnnotationLayout {
  order: string[]
  orphans: string[]
  /** Anchored annotations per article eId. */
  counts: ReadonlyMap<string, number>
}

interface Props {
  /** The document to show; a new object (not a new version of the same) replaces the editor's content. */
  content: DocJSON | null
  editing: boolean
  /** Called with the document when it is loaded (`edited` false) and after every change (`edited` true). */
  onDocChange: (doc: PMNode, edited: boolean) => void
  /** The project store: the editor draws its annotations, patched per operation, and serves it the text. */
  store: ProjectStore
  /** The project's tags, by id: an annotation is drawn in its first tag's colour. */
  tags: ReadonlyMap<string, Tag>
  /** Called when annotations are anchored, moved, orphaned or reordered. */
  onAnnotationLayout?: (layout: AnnotationLayout) => void
  /** Called when the user clicks highlighted text, with every annotation there. */
  onClickAnnotations?: (ids: string[], at: { x: number; y: number }) => void
}

/**
 * The legal text in a ProseMirror view. React owns the frame; ProseMirror owns everything inside it. Memoised:
 * the workbench re-rendering (dirty state, a dialog) does not reach 10,000 drawn annotations.
 */
export const LegalEditor = memo(forwardRef<LegalEditorHandle, Props>(function LegalEditor(
  { content, editing, onDocChange, store, tags, onAnnotationLayout, onClickAnnotations },
  ref
) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChange = useRef(onDocChange)
  onChange.current = onDocChange
  const onLayout = useRef(onAnnotationLayout)
  onLayout.current = onAnnotationLayout
  const onClick = useRef(onClickAnnotations)
  onClick.current = onClickAnnotations
  const knownRanges = useRef(new Map<string, DocRange>())
  const tagsNow = useRef(tags)
  tagsNow.current = tags

  useEffect(() => {
    const plugins = [annotationsPlugin({ onClickAnnotations: (ids, at) => onClick.current?.(ids, at) }), searchHighlightPlugin()]
    // Undo and Redo in the text walk the project's one history (which calls back into this editor's own).
    const commands = { undo: () => store.undo(), redo: () => store.redo() }
    const editorView = new EditorView(host.current!, {
      state: createEditorState(content, plugins, commands),
      attributes: { class: 'legal-text', 'aria-label': 'Legal text', spellcheck: 'false' },
      dispatchTransaction(tr) {
        const before = annotationsKey.getState(editorView.state)
        const depth = undoDepth(editorView.state)
        const next = editorView.state.apply(tr)
        editorView.updateState(next)
        if (tr.docChanged) {
          store.textEdited(undoDepth(next) > depth)
          onChange.current(next.doc, true)
        }
        const after = annotationsKey.getState(next)
        // Typing moves ranges but keeps their order: only a new order or new orphans is a new layout.
        if (after && (after.order !== before?.order || after.orphans !== before?.orphans)) onLayout.current?.(annotationLayout(next))
      }
    })
    view.current = editorView
    const loadedDoc = editorView.state.doc
    store.attachText({
      currentDoc: () => editorView.state.doc,
      // Targets are re-read only from an edited text: a file's own targets stay as written (a merge compares them).
      currentTargets: (list) => (editorView.state.doc.eq(loadedDoc) ? [...list] : currentTargets(editorView.state, list)),
      undo: () => undo(editorView.state, editorView.dispatch),
      redo: () => redo(editorView.state, editorView.dispatch),
      closeGroup: () => editorView.dispatch(closeHistory(editorView.state.tr))
    })
    const drawnOf = (annotation: Annotation): DrawnAnnotation => ({ annotation, color: highlightColor(annotation, tagsNow.current) })
    // Each operation redraws only the annotations it touched.
    const stopListening = store.onChanges((changes) => {
      const ids = touchedAnnotations(changes)
      if (ids.length === 0) return
      const annotations = store.getState().open?.data.annotations
      const put: DrawnAnnotation[] = []
      const removed: string[] = []
      for (const id of ids) {
        const annotation = annotations?.get(id)
        if (annotation) put.push(drawnOf(annotation))
        else removed.push(id)
      }
      const ranges = knownRanges.current
      if (!patchChangesDrawing(editorView.state, put, removed, ranges)) return
      knownRanges.current = new Map()
      editorView.dispatch(patchAnnotations(editorView.state.tr, put, removed, ranges))
    })
    onChange.current(editorView.state.doc, false)
    return () => {
      stopListening()
      store.attachText(null)
      editorView.destroy()
      view.current = null
    }
  }, [content, store])

  useEffect(() => {
    const editorView = view.current
    if (editorView) editorView.dispatch(setReadOnly(editorView.state.tr, !editing))
  }, [editing, content])

  // Every annotation, when the text is loaded and when tag colours change (a tag's colour reaches many).
  useEffect(() => {
    const editorView = view.current
    const annotations = store.getState().open?.data.annotations
    if (!editorView || !annotations) return
    const drawn = Array.from(annotations.values(), (annotation) => ({ annotation, color: highlightColor(annotation, tags) }))
    editorView.dispatch(syncAnnotations(editorView.state.tr, drawn))
  }, [tags, content, store])

  useImperativeHandle(ref, () => ({
    currentDoc: () => view.current?.state.doc ?? null,
    selectionTarget() {
      const editorView = view.current
      if (!editorView) return null
      const range = selectedRange(editorView)
      const target = range && targetFromRange(buildDocumentText(editorView.state.doc), range)
      return target ? { target, range: range! } : null
    },
    rememberRange(id, range) {
      knownRanges.current.set(id, range)
    },
    showAnnotation(id) {
      const editorView = view.current
      if (!editorView) return false
      editorView.dispatch(activateAnnotation(editorView.state.tr, id))
      const range = id === null ? undefined : annotationsKey.getState(editorView.state)?.ranges.get(id)
      if (!range) return false
      const { node } = editorView.domAtPos(range.from)
      const element = node instanceof HTMLElement ? node : node.parentElement
      element?.scrollIntoView({ block: 'center' })
      return true
    },
    showSearchHits(hits, active) {
      const editorView = view.current
      if (!editorView) return
      editorView.dispatch(setSearchHits(editorView.state.tr, hits, active, visibleWindow(editorView)))
      const hit = hits[active]
      if (!hit) return
      const { node } = editorView.domAtPos(hit.from)
      const element = node instanceof HTMLElement ? node : node.parentElement
      element?.scrollIntoView({ block: 'center' })
    },
    goTo(eId) {
      const editorView = view.current
      if (!editorView) return false
      const pos = findUnitPos(editorView.state.doc, eId)
      if (pos === undefined) return false
      const tr = setUnitFocus(editorView.state.tr, pos)
      tr.setSelection(TextSelection.near(tr.doc.resolve(pos + 1)))
      editorView.dispatch(tr)
      const dom = editorView.nodeDOM(pos)
      if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' })
      return true
    }
  }))

  return <div className="editor-host" ref={host} />
}))

/**
 * The selected document range. ProseMirror tracks the DOM selection only while the view is editable, so in
 * reading mode the DOM selection is read and mapped to document positions here.
 */
function selectedRange(editorView: EditorView): DocRange | null {
  if (editorView.editable) {
    const { from, to } = editorView.state.selection
    return to > from ? { from, to } : null
  }
  const selection = editorView.dom.ownerDocument.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const domRange = selection.getRangeAt(0)
  if (!editorView.dom.contains(domRange.startContainer) || !editorView.dom.contains(domRange.endContainer)) return null
  const from = editorView.posAtDOM(domRange.startContainer, domRange.startOffset)
  const to = editorView.posAtDOM(domRange.endContainer, domRange.endOffset)
  return to > from ? { from, to } : null
}
