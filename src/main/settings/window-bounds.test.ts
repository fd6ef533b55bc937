import { describe, expect, it } from 'vitest'
import { defaultWindowSize, restoredBounds } from './window-bounds'

const laptop = { x: 0, y: 0, width: 1440, height: 876 }
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 }

describe('restoring the window where it was', () => {
  it('opens a first window at the default size, centred on the primary screen', () => {
    expect(restoredBounds(null, [laptop])).toEqual({ x: 80, y: 8, ...defaultWindowSize, maximized: false })
  })

  it('puts the window back where it was, maximised or not', () => {
    expect(restoredBounds({ x: 1600, y: 0, width: 1200, height: 900, maximized: true }, [laptop, monitor])).toEqual({ x: 1600, y: 0, width: 1200, height: 900, maximized: true })
  })

  it('brings a window from an unplugged monitor back onto the screen that is left', () => {
    const bounds = restoredBounds({ x: 1600, y: 0, width: 1200, height: 900, maximized: false }, [laptop])
    expect(bounds).toEqual({ x: 120, y: 0, width: 1200, height: 876, maximized: false })
  })

  it('shrinks a window larger than its screen and keeps its title bar reachable', () => {
    expect(restoredBounds({ x: -50, y: -300, width: 3000, height: 2000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 876, maximized: false })
    // Title bar above the screen's top: it would be out of reach, so the window moves.
    expect(restoredBounds({ x: 100, y: -500, width: 800, height: 600, maximized: false }, [laptop]).y).toBeGreaterThanOrEqual(0)
  })

  it('keeps a window that hangs partly off a screen edge, but clamps it inside', () => {
    expect(restoredBounds({ x: 1000, y: 100, width: 800, height: 600, maximized: false }, [laptop])).toEqual({ x: 640, y: 100, width: 800, height: 600, maximized: false })
  })
})
