import { useCallback, useState } from 'react'
import type { Result } from '../../../shared/errors'
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

  /** Asks main for a merge into the project as it is now: a colleague's file, the open file changed on disk, or a conflict copy. */
  const merge = useCallback(async (ask: (project: ProjectFile) => Promise<Result<MergeReply | null>>) => {
    const project = composeCurrent(projectStore)
    if (!project) return projectStore.showError({ code: 'errorNoProjectOpen' })
    const reply = await ask(project)
    if (!reply.ok) return projectStore.showError(reply.error)
    if (!reply.value) return
    projectStore.showError(null)
    setPending(reply.value)
  }, [])
  const start = useCallback(() => merge((project) => invoke('project:mergeFromFile', { project })), [merge])
  const fromDisk = useCallback(() => merge((project) => invoke('project:mergeFromDisk', { project })), [merge])
  /** Merges a conflict copy main offered on open (by its id). */
  const fromConflictCopy = useCallback((copyId: string) => merge((project) => invoke('project:mergeConflictCopy', { copyId, project })), [merge])

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

  /** Opens a previous version (an id from "Restore a previous version") in place of the project, to be saved. */
  const restoreVersion = useCallback(async (versionId: string) => {
    const reply = await invoke('project:restoreVersion', { versionId })
    if (!reply.ok) return projectStore.showError(reply.error)
    projectStore.load(reply.value, true)
  }, [])

  const cancel = useCallback(() => setPending(null), [])

  return { pending, start, fromDisk, fromConflictCopy, apply, cancel, openBackup, restoreVersion }
}
