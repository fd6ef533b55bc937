import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { sidebarLimits, type SidebarWidths } from '../../../shared/settings'
import { invoke } from '../bridge'
import { t } from '../i18n'
import { loadViewSettings } from './view-settings'

export type Sidebar = keyof SidebarWidths

/** Widths before the user changes anything. */
export const defaultSidebarWidths: Required<SidebarWidths> = { outline: 300, annotations: 360 }

const clamp = (width: number) => Math.round(Math.min(sidebarLimits.max, Math.max(sidebarLimits.min, width)))

/** The sidebars' widths, as the user left them (main keeps them per user), and a way to change one. */
export function useSidebarWidths() {
  const [widths, setWidths] = useState(defaultSidebarWidths)
  useEffect(() => {
    void loadViewSettings().then((settings) => settings && setWidths((current) => ({ ...current, ...settings.sidebars })))
  }, [])
  const resize = (sidebar: Sidebar, width: number) => setWidths((current) => ({ ...current, [sidebar]: clamp(width) }))
  const keep = (sidebar: Sidebar, width: number) => void invoke('settings:set', { sidebars: { [sidebar]: clamp(width) } })
  return { widths, resize, keep }
}

interface Props {
  sidebar: Sidebar
  width: number
  /** Which way a drag to the right moves the width: the outline grows, the annotation pane (on the right) shrinks. */
  direction: 1 | -1
  onResize: (width: number) => void
  onDone: (width: number) => void
}

const step = 16

/**
 * The border between a sidebar and the text, dragged with the pointer or moved with the arrow keys (Home and End
 * for the limits); the width is kept when the drag or key ends. An ARIA window splitter.
 */
export function PaneResizer({ sidebar, width, direction, onResize, onDone }: Props) {
  const drag = useRef<{ x: number; width: number; now: number } | null>(null)

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, width, now: width }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    drag.current.now = clamp(drag.current.width + direction * (event.clientX - drag.current.x))
    onResize(drag.current.now)
  }
  const onPointerUp = () => {
    if (!drag.current) return
    const done = drag.current.now
    drag.current = null
    onDone(done)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = { ArrowLeft: -direction * step, ArrowRight: direction * step, Home: -Infinity, End: Infinity }
    const change = keys[event.key]
    if (change === undefined) return
    event.preventDefault()
    const next = clamp(width + change)
    onResize(next)
    onDone(next)
  }

  return (
    <div
      className={`pane-resizer pane-resizer-${sidebar}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t(sidebar === 'outline' ? 'resizeOutline' : 'resizeAnnotations')}
      aria-valuemin={sidebarLimits.min}
      aria-valuemax={sidebarLimits.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}
