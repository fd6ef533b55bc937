import { useSyncExternalStore } from 'react'

/**
 * A value held outside React, for overlays (the highlight popover) that open and close often: only the
 * component that shows it re-renders, not the whole workbench with its 10,000-annotation list and outline.
 */
export interface OverlayValue<T> {
  get(): T
  set(value: T): void
  subscribe(listener: () => void): () => void
}

export function createOverlayValue<T>(initial: T): OverlayValue<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** The overlay's current value; the calling component re-renders when it changes. */
export function useOverlayValue<T>(overlay: OverlayValue<T>): T {
  return useSyncExternalStore(overlay.subscribe, overlay.get)
}
