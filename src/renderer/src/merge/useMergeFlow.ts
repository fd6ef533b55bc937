import { useCallback, useState } from 'react'
import type { MergeReply } from '../../../shared/ipc'
import type { ProjectFile } from '../../../shared/project/schema'
import { invoke } from '../bridge'
import { composeCurrent } from '../store/compose'
import { sameValue } from '../../../shared/merge/canonical'
import { projectStore } from '../store/useStore'

/**
 * "Merge from file…" in the renderer: asks main to merge a colleague's file (or the open file, changed on
 * disk by someone else) into the project as it is now, holds the outcome for the merge dialog, and on Apply
 * takes the merged project in as one undoable, unsaved step. Also opens the backup of a damaged file.
 */
export function useMergeFlow() {
  const [pending, setPending] = useState<MergeReply | null>(null)

  /** Merges a colleague's file chosen in main's dialog, or (`fromDisk`) what another writer put in the open file. */
  const merge = useCallback(async (fromDisk: boolean) => {
    const project = composeCurrent(projectStore)
    if (!project) return projectStore.showError({ code: 'errorNoProjectOpen' })
    const reply = await invoke(fromDisk ? 'project:mergeFromDisk' : 'project:mergeFromFile', { project })
    if (!reply.ok) return projectStore.showError(reply.error)
    if (!reply.value) return
    projectStore.showError(null)
    setPending(reply.value)
  }, [])
  const start = useCallback(() => merge(false), [merge])
  const fromDisk = useCallback(() => merge(true), [merge])

  const apply = useCallback(async (merged: ProjectFile) => {
    setPending(null)
    const accepted = await invoke('project:acceptMerge', {})
    if (!accepted.ok) return projectStore.showError(accepted.error)
    projectStore.showError(null)
    projectStore.adopt(merged, sameValue)
    // Main's merge state changed even if no item did: the project must be saved again.
    projectStore.markDirty()
  }, [])

  const openBackup = useCallback(async (backupId: string) => {
    const reply = await invoke('project:openBackup', { backupId })
    if (!reply.ok) return projectStore.showError(reply.error)
    projectStore.load(reply.value)
  }, [])

  const cancel = useCallback(() => setPending(null), [])

  return { pending, start, fromDisk, apply, cancel, openBackup }
}
