import { useEffect, useRef } from 'react'

/** How long after the last change the project is saved on its own. */
export const autosaveDelayMs = 3000

/**
 * Saves a few seconds after the last change (each new `revision` restarts the wait), on top of explicit
 * Save. Only while `enabled`: the project has a file, has unsaved changes, and nothing waits for the user.
 */
export function useAutosave(enabled: boolean, revision: unknown, save: () => void, delayMs = autosaveDelayMs): void {
  const latestSave = useRef(save)
  useEffect(() => {
    latestSave.current = save
  }, [save])
  useEffect(() => {
    if (!enabled) return
    const timer = window.setTimeout(() => latestSave.current(), delayMs)
    return () => window.clearTimeout(timer)
  }, [enabled, revision, delayMs])
}
