import { useEffect } from 'react'
import { useOverlayValue, type OverlayValue } from './overlay-value'
import { t } from '../i18n'

/** What the user can do with selected legal text. */
export type SelectionAction = 'highlight' | 'comment' | 'tag'

interface Props {
  /** The element holding the legal text; selections elsewhere are ignored. */
  container: () => HTMLElement | null
  /** Where the toolbar is (the selection's rectangle) or null when hidden; whoever clears the selection may hide it at once. */
  box: OverlayValue<DOMRect | null>
  /** Where a context menu was asked for, or null for the floating toolbar above the selection. */
  contextMenuAt: { x: number; y: number } | null
  onAction: (action: SelectionAction) => void
  onDismissContextMenu: () => void
}

/**
 * How long a selection must stay as it is before the toolbar shows: a drag or a double click selects first,
 * and the toolbar follows once the selection has settled (it neither flickers along a drag nor costs the
 * frame that paints the selection).
 */
export const selectionSettleMs = 150

/** The rectangle of the current selection if it is non-empty and inside `container`. */
function selectionRect(container: HTMLElement | null): DOMRect | null {
  const selection = document.getSelection()
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  const rect = range.getBoundingClientRect()
  return rect.width > 0 || rect.height > 0 ? rect : null
}

const actions: { action: SelectionAction; label: 'selectionHighlight' | 'selectionComment' | 'selectionTag'; shortcut: string }[] = [
  { action: 'highlight', label: 'selectionHighlight', shortcut: 'Ctrl+Shift+H' },
  { action: 'comment', label: 'selectionComment', shortcut: 'Ctrl+Alt+M' },
  { action: 'tag', label: 'selectionTag', shortcut: 'Ctrl+Shift+G' }
]

/**
 * The selection toolbar that floats above selected legal text, and the same actions as a context menu.
 * Buttons keep the text selected (mousedown is not allowed to move focus).
 */
export function SelectionMenu({ container, box, contextMenuAt, onAction, onDismissContextMenu }: Props) {
  const rect = useOverlayValue(box)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => box.set(selectionRect(container()))
    // A selection gone hides the toolbar at once; a new one shows it once it has settled.
    const onSelectionChange = () => {
      clearTimeout(timer)
      const now = selectionRect(container())
      if (!now) box.set(null)
      else timer = setTimeout(update, selectionSettleMs)
    }
    // A shown toolbar follows its selection as the page scrolls or resizes.
    const follow = () => box.get() && update()
    document.addEventListener('selectionchange', onSelectionChange)
    window.addEventListener('resize', follow)
    document.addEventListener('scroll', follow, true)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('selectionchange', onSelectionChange)
      window.removeEventListener('resize', follow)
      document.removeEventListener('scroll', follow, true)
    }
  }, [container, box])

  useEffect(() => {
    if (!contextMenuAt) return
    const close = (event: Event) => {
      if (!(event.target instanceof Element && event.target.closest('.selection-context-menu'))) onDismissContextMenu()
    }
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismissContextMenu()
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', onKey)
    }
  }, [contextMenuAt, onDismissContextMenu])

  const buttons = (role: 'menuitem' | undefined) =>
    actions.map(({ action, label, shortcut }) => (
      <button key={action} type="button" role={role} title={`${t(label)} (${shortcut})`} onMouseDown={(event) => event.preventDefault()} onClick={() => onAction(action)}>
        {t(label)}
      </button>
    ))

  if (contextMenuAt) {
    return (
      <div className="selection-context-menu" role="menu" aria-label={t('selectionMenu')} style={{ left: contextMenuAt.x, top: contextMenuAt.y }}>
        {buttons('menuitem')}
      </div>
    )
  }
  if (!rect) return null
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t('selectionMenu')} style={{ left: rect.left + rect.width / 2, top: Math.max(4, rect.top - 40) }}>
      {buttons(undefined)}
    </div>
  )
}
