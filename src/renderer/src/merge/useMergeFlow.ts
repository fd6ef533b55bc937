import { useCallback, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { MergeReply } from '../../../shared/ipc'
import type { ProjectFile } from '../../../shared/project/schema'
import { invoke } from '../bridge'
import type { useProjectSession } from '../useProjectSession'

type Session = ReturnType<typeof useProjectSession>

/**
 * "Merge from file…" in the renderer: asks main to merge a colleague's file (or the open file, changed on
 * disk by someone else) into the current state, holds the outcome for the merge dialog, and on Apply takes
 * the merged project in as unsaved work. Also opens the backup of a damaged file.
 */
export function useMergeFlow(session: Session, currentDoc: () => PMNode | null) {
  const [pending, setPending] = useState<MergeReply | null>(null)
  const { snapshot, showError, adoptMerged, load } = session

  /** Merges a colleague's file chosen in main's dialog, or (`fromDisk`) what another writer put in the open file. */
  const merge = useCallback(
    async (fromDisk: boolean) => {
      const project = snapshot(currentDoc())
      if (!project) return showError({ code: 'errorNoProjectOpen' })
      const reply = await invoke(fromDisk ? 'project:mergeFromDisk' : 'project:mergeFromFile', { project })
      if (!reply.ok) return showError(reply.error)
      if (!reply.value) return
      showError(null)
      setPending(reply.value)
    },
    [snapshot, currentDoc, showError]
  )
  const start = useCallback(() => merge(false), [merge])
  const fromDisk = useCallback(() => merge(true), [merge])

  const apply = useCallback(
    async (merged: ProjectFile) => {
      setPending(null)
      const accepted = await invoke('project:acceptMerge', {})
      if (!accepted.ok) return showError(accepted.error)
      adoptMerged(merged)
    },
    [adoptMerged, showError]
  )

  const openBackup = useCallback(
    async (backupId: string) => {
      const reply = await invoke('project:openBackup', { backupId })
      if (!reply.ok) return showError(reply.error)
      load(reply.value)
    },
    [load, showError]
  )

  const cancel = useCallback(() => setPending(null), [])

  return { pending, start, fromDisk, apply, cancel, openBackup }
}
