import { useEffect, useRef } from 'react'
import type { GlossaError } from '../../../shared/errors'
import type { MessageKey } from '../../../shared/i18n/messages.en'

/** Save faults that may pass by themselves (a full disk freed, a busy file let go, a flaky disk): saved again later. */
const passingFaults: ReadonlySet<MessageKey> = new Set(['errorSaveDiskFull', 'errorSaveDiskFault', 'errorSaveFileBusy', 'errorSaveUnconfirmed'])

/** How long after such a fault the project is saved again. */
export const saveRetryDelayMs = 15_000

/** Saves again a while after a save failed with a passing fault; the edits stay unsaved until one succeeds. */
export function SaveRetry({ error, save }: { error: GlossaError | null; save: () => void }): null {
  const latestSave = useRef(save)
  useEffect(() => {
    latestSave.current = save
  }, [save])
  useEffect(() => {
    if (!error || !passingFaults.has(error.code)) return
    const timer = window.setTimeout(() => latestSave.current(), saveRetryDelayMs)
    return () => window.clearTimeout(timer)
  }, [error])
  return null
}
