import type { Citation } from '../../../shared/annotations/types'
import type { LegalEditorHandle, AnnotationLayout } from '../editor/LegalEditor'
import type { ProjectStore } from '../store/project-store'
import type { SelectionAction } from './SelectionMenu'
import { annotationOperations } from './useAnnotations'
import { createOverlayValue, type OverlayValue } from './overlay-value'

/** The popover of a clicked highlight: which annotations, and where. */
export type PopoverState = { ids: string[]; at: { x: number; y: number } } | null

/** Where focus goes when an annotation opens in the pane (the action that opened it). */
export type PaneFocus = 'tags' | 'commentary' | null

export const emptyLayout: AnnotationLayout = { order: [], orphans: [], counts: new Map() }

/**
 * How long a click on a highlight waits before its popover opens: a second click within it (a double
 * click selecting a word) cancels it, so selecting never opens and closes a popover over the text.
 */
export const popoverDelayMs = 250

/**
 * Annotating, as the workbench does it: adding from the selection, opening in the pane, re-attaching
 * orphans, the highlight popover and the context menu. The state views need lives in values outside React
 * (layout, popover, context menu, pane focus), each read by the one component that shows it: an edit
 * re-renders the pane, the popover or an outline count, never the workbench around them.
 */
export function createAnnotationWorkbench(store: ProjectStore, editor: () => LegalEditorHandle | null) {
  const operations = annotationOperations(store)
  const layout = createOverlayValue<AnnotationLayout>(emptyLayout)
  const popover = createOverlayValue<PopoverState>(null)
  const contextMenu = createOverlayValue<{ x: number; y: number } | null>(null)
  const focus = createOverlayValue<PaneFocus>(null)
  const selectionBox = createOverlayValue<DOMRect | null>(null)
  let popoverTimer: ReturnType<typeof setTimeout> | undefined

  const cancelPopover = () => {
    clearTimeout(popoverTimer)
    popoverTimer = undefined
  }

  const open = (id: string | null, options: { focus?: PaneFocus } = {}) => {
    cancelPopover()
    store.select(id)
    focus.set(options.focus ?? null)
    popover.set(null)
    editor()?.showAnnotation(id)
  }

  return {
    operations,
    layout,
    /** Anchored annotations per article, for the outline. */
    counts: { get: () => layout.get().counts, subscribe: layout.subscribe },
    popover,
    contextMenu,
    focus,
    /** Where the selection toolbar is shown (null: hidden). */
    selectionBox,
    open,
    /** Adds an annotation on the selected text (and opens it for a comment or tags); false with no selection. */
    act(action: SelectionAction): boolean {
      contextMenu.set(null)
      const selected = editor()?.selectionTarget()
      if (!selected) return false
      // The selection goes first: while it is in the text, ProseMirror would write its own selection back over
      // it as it draws the new highlight (a DOM selection change costing ~60 ms among 10,000 highlights).
      document.getSelection()?.removeAllRanges()
      // Hidden with the same render that shows the new annotation, not a frame later.
      selectionBox.set(null)
      const annotation = operations.add(selected.target, [], (added) => editor()?.rememberRange(added.id, selected.range))
      if (action === 'highlight') store.select(null)
      else open(annotation.id, { focus: action === 'tag' ? 'tags' : 'commentary' })
      return true
    },
    /** Anchors an orphan to the text selected now; false with no selection. */
    reattach(id: string): boolean {
      const selected = editor()?.selectionTarget()
      if (!selected) return false
      document.getSelection()?.removeAllRanges()
      selectionBox.set(null)
      editor()!.rememberRange(id, selected.range)
      // Re-attaching also settles a carried note's review and orphan flags (it anchors where the user chose).
      operations.answerReview(id, { kind: 'reattach', target: selected.target })
      return true
    },
    /** Adds a citation to the open annotation (a passage quoted from an archived source); false when none is open. */
    cite(citation: Citation): boolean {
      const id = store.getState().selectedAnnotation
      const annotation = id ? store.getState().open?.data.annotations.get(id) : undefined
      if (!annotation) return false
      operations.update(annotation.id, { citations: [...annotation.citations, citation] })
      return true
    },
    onLayout: (next: AnnotationLayout) => layout.set(next),
    /** A click on highlighted text: the popover opens once it is clear the click was not the first of a double click. */
    onClickAnnotations(ids: string[], at: { x: number; y: number }) {
      cancelPopover()
      popoverTimer = setTimeout(() => popover.set({ ids, at }), popoverDelayMs)
    },
    /** A press anywhere: a pending popover is not wanted any more (a double click, a drag, another click). */
    onPointerDown: cancelPopover,
    /** Opens the context menu at the pointer when text is selected; true if it did. */
    onContextMenu(at: { x: number; y: number }): boolean {
      if (!editor()?.selectionTarget()) return false
      contextMenu.set(at)
      return true
    }
  }
}

export type AnnotationWorkbench = ReturnType<typeof createAnnotationWorkbench>
export type { OverlayValue }
