import { useEffect } from 'react'
import type { GlossaError } from '../../../shared/errors'
import { invoke } from '../bridge'

/**
 * When the window comes back into focus, asks main whether another window or Glossa instance wrote the open
 * file meanwhile; if so, says so at once (with "Merge the changes"), before any save is refused.
 */
export function useDiskWatch(fileName: string | null, showError: (error: GlossaError) => void): void {
  useEffect(() => {
    if (!fileName) return
    const check = () =>
      void invoke('project:checkDisk', {}).then((reply) => {
        if (reply.ok && reply.value.changed && reply.value.fileName) showError({ code: 'errorFileChangedOnDisk', params: { fileName: reply.value.fileName } })
      })
    window.addEventListener('focus', check)
    return () => window.removeEventListener('focus', check)
  }, [fileName, showError])
}
