import { memo, useCallback, useEffect } from 'react'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { useStore } from '../store/useStore'
import { AnnotationPopover } from './AnnotationPopover'
import { useOverlayValue } from './overlay-value'
import { SelectionMenu } from './SelectionMenu'
import type { AnnotationWorkbench } from './workbench'

const noAnnotations: ReadonlyMap<string, Annotation> = new Map()
const noTags: ReadonlyMap<string, Tag> = new Map()
const legalText = () => document.querySelector<HTMLElement>('.legal-text')

/** The popover of clicked highlights; it re-renders alone when it opens or closes. */
function HighlightPopover({ workbench }: { workbench: AnnotationWorkbench }) {
  const popover = useOverlayValue(workbench.popover)
  const byId = useStore((state) => (popover ? (state.open?.data.annotations ?? noAnnotations) : noAnnotations))
  const tags = useStore((state) => (popover ? ((state.open?.data.tags ?? noTags) as ReadonlyMap<string, Tag>) : noTags))
  const close = useCallback(() => workbench.popover.set(null), [workbench])
  const onOpen = useCallback((id: string) => workbench.open(id), [workbench])
  if (!popover) return null
  return <AnnotationPopover annotations={popover.ids.flatMap((id) => byId.get(id) ?? [])} tags={tags} at={popover.at} onOpen={onOpen} onClose={close} />
}

/** The selection toolbar or context menu over the legal text. */
function Selection({ workbench }: { workbench: AnnotationWorkbench }) {
  const contextMenuAt = useOverlayValue(workbench.contextMenu)
  const dismiss = useCallback(() => workbench.contextMenu.set(null), [workbench])
  const act = useCallback((action: Parameters<AnnotationWorkbench['act']>[0]) => void workbench.act(action), [workbench])
  return <SelectionMenu container={legalText} box={workbench.selectionBox} contextMenuAt={contextMenuAt} onAction={act} onDismissContextMenu={dismiss} />
}

/** What floats over the text while annotating: the selection toolbar or context menu, and the highlight popover. */
export const AnnotationOverlays = memo(function AnnotationOverlays({ workbench, hasText }: { workbench: AnnotationWorkbench; hasText: boolean }) {
  // Any press cancels a popover still waiting to open (the second press of a double click above all).
  useEffect(() => {
    document.addEventListener('mousedown', workbench.onPointerDown, true)
    return () => document.removeEventListener('mousedown', workbench.onPointerDown, true)
  }, [workbench])
  return (
    <>
      {hasText && <Selection workbench={workbench} />}
      <HighlightPopover workbench={workbench} />
    </>
  )
})
