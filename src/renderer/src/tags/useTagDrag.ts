import { useState, type DragEvent, type HTMLAttributes } from 'react'

/** The drag type of a tag row, so that dropping a file or text on the list does nothing. */
const tagDragType = 'application/x-glossa-tag'

/**
 * Moving a tag by dragging its row onto another (it goes under that one) or onto the top-level strip.
 * The move itself is the same as the parent menu's, so it is refused the same way (a tag under its own
 * descendant) and undone the same way. The row dropped on is marked while a tag is over it.
 */
export function useTagDrag(move: (id: string, parentId: string | null) => void) {
  const [over, setOver] = useState<string | null>(null)
  const dropProps = (target: string | null, key: string): HTMLAttributes<HTMLElement> => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(tagDragType)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'move'
      setOver(key)
    },
    onDragLeave: () => setOver((current) => (current === key ? null : current)),
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer.getData(tagDragType)
      setOver(null)
      if (!id || id === target) return
      event.preventDefault()
      event.stopPropagation()
      move(id, target)
    }
  })
  return {
    row: (id: string): HTMLAttributes<HTMLLIElement> => ({
      draggable: true,
      onDragStart: (event: DragEvent) => {
        event.stopPropagation()
        event.dataTransfer.setData(tagDragType, id)
        event.dataTransfer.effectAllowed = 'move'
      },
      onDragEnd: () => setOver(null),
      className: over === id ? 'tag-row drop-target' : 'tag-row',
      ...dropProps(id, id)
    }),
    topLevel: { ...dropProps(null, ''), className: over === '' ? 'tag-drop-top muted drop-target' : 'tag-drop-top muted' } as HTMLAttributes<HTMLParagraphElement>
  }
}
