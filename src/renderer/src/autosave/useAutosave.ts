import { useEffect, useRef } from 'react'
import { useStore } from '../store/useStore'

/** How long after the last change the project is saved on its own. */
export const autosaveDelayMs = 3000

/**
 * Saves a few seconds after the last change (each new edit restarts the wait), on top
 * of explicit Save. Only while `enabled`: the project has a file, has unsaved changes, and nothing waits
 * for the user. Reading the revision here keeps the rest of the workbench from re-rendering per edit.
 */
export function useAutosave(enabled: boolean, save: () => void, delayMs = autosaveDelayMs): void {
  const revision = useStore((state) => (enabled ? state.editedRevision : 0))
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

/** Autosave as a component of its own, so that only it re-renders with each revision. */
export function Autosave({ enabled, save }: { enabled: boolean; save: () => void }): null {
  useAutosave(enabled, save)
  return null
}
