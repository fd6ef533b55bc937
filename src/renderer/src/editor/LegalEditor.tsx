import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { TextSelection } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { DocJSON } from '../../../shared/document/types'
import { findUnitPos } from '../../../shared/document/outline'
import { createEditorState } from './create-state'
import { setReadOnly } from './plugins/read-only'
import { setUnitFocus } from './plugins/unit-focus'

export interface LegalEditorHandle {
  /** Scrolls to the unit with this eId and marks it; false if there is none. */
  goTo(eId: string): boolean
  /** The document as it is now. */
  currentDoc(): PMNode | null
}

interface Props {
  /** The document to show; a new object (not a new version of the same) replaces the editor's content. */
  content: DocJSON | null
  editing: boolean
  /** Called with the document when it is loaded (`edited` false) and after every change (`edited` true). */
  onDocChange: (doc: PMNode, edited: boolean) => void
}

/** The legal text in a ProseMirror view. React owns the frame; ProseMirror owns everything inside it. */
export const LegalEditor = forwardRef<LegalEditorHandle, Props>(function LegalEditor({ content, editing, onDocChange }, ref) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChange = useRef(onDocChange)
  onChange.current = onDocChange

  useEffect(() => {
    const editorView = new EditorView(host.current!, {
      state: createEditorState(content),
      attributes: { class: 'legal-text', 'aria-label': 'Legal text', spellcheck: 'false' },
      dispatchTransaction(tr) {
        const next = editorView.state.apply(tr)
        editorView.updateState(next)
        if (tr.docChanged) onChange.current(next.doc, true)
      }
    })
    view.current = editorView
    onChange.current(editorView.state.doc, false)
    return () => {
      editorView.destroy()
      view.current = null
    }
  }, [content])

  useEffect(() => {
    const editorView = view.current
    if (editorView) editorView.dispatch(setReadOnly(editorView.state.tr, !editing))
  }, [editing, content])

  useImperativeHandle(ref, () => ({
    currentDoc: () => view.current?.state.doc ?? null,
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
})
