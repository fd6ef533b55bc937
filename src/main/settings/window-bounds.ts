import type { WindowState } from '../../shared/settings'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** A new window's size when nothing was saved, or the saved place is on no screen any more. */
export const defaultWindowSize = { width: 1280, height: 860 } as const

/** How much of the window's top edge must lie on a screen for the user to grab it there. */
const grabbable = { width: 120, height: 40 }

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) }
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height }
}

/**
 * Where to open the window: where it was, if its title bar is still on one of the screens' work areas (a
 * monitor may have been unplugged, or the resolution lowered), shrunk to fit that screen; otherwise its saved
 * size centred on the primary screen (the first work area).
 */
export function restoredBounds(saved: WindowState | null, workAreas: readonly Rectangle[]): Rectangle & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize }
  if (!saved) return { ...centred(defaultWindowSize, primary), maximized: false }
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: grabbable.height }
  const screen = workAreas.find((area) => {
    const shared = overlap(titleBar, area)
    return shared.width >= Math.min(grabbable.width, saved.width) && shared.height >= grabbable.height
  })
  if (!screen) return { ...centred(saved, primary), maximized: saved.maximized }
  const width = Math.min(saved.width, screen.width)
  const height = Math.min(saved.height, screen.height)
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - width)
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - height)
  return { x, y, width, height, maximized: saved.maximized }
}
