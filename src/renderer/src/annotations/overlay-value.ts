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

/**
 * Part of the overlay's value; the calling component re-renders only when that part changes (compared with
 * Object.is), so a hundred outline entries can each watch their own count.
 */
export function useOverlaySelector<T, S>(overlay: Pick<OverlayValue<T>, 'get' | 'subscribe'>, select: (value: T) => S): S {
  return useSyncExternalStore(overlay.subscribe, () => select(overlay.get()))
}
