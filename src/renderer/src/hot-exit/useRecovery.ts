import { useCallback, useEffect, useState } from 'react'
import type { RecoveryOffer } from '../../../shared/ipc'
import { countChangedItems } from '../../../shared/journal/journal-change'
import { invoke } from '../bridge'
import { t } from '../i18n'
import type { ProjectActions } from '../store/project-actions'
import { isDirty } from '../store/project-store'
import { projectStore, useStore } from '../store/useStore'
import { createJournalWriter } from './journal-writer'
import { restoredProject } from './restored-project'

/** The one journal writer of the window's store. */
export const journalWriter = createJournalWriter(projectStore, (request) => invoke('journal:append', request))


/**
 * The restore offer: asked for when Glossa starts and whenever a project is opened (a journal of that project
 * comes first), shown until the user restores or discards it. Restoring loads the project with the edits
 * replayed, unsaved, so that Save (or autosave) writes them.
 */
export function useRecovery(actions: ProjectActions) {
  const ready = useStore((state) => state.ready)
  const generation = useStore((state) => state.open?.generation ?? 0)
  const [offer, setOffer] = useState<RecoveryOffer | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    if (!ready || isDirty(projectStore.getState())) return
    let current = true
    void invoke('journal:offer', {}).then((reply) => current && reply.ok && setOffer(reply.value))
    return () => {
      current = false
    }
  }, [ready, generation])

  const restore = useCallback(async () => {
    if (!offer) return
    setOffer(null)
    const work = await actions.run(invoke('journal:restore', { offerId: offer.offerId }))
    if (!work) return
    projectStore.load({ fileName: work.session.fileName, project: restoredProject(work.session.project, work.changes) }, true)
    setNotice(t('recoveryRestored', { count: countChangedItems(work.changes) }))
  }, [offer, actions])

  const discard = useCallback(async () => {
    if (!offer) return
    setOffer(null)
    await actions.run(invoke('journal:discard', { offerId: offer.offerId }))
  }, [offer, actions])

  return { offer, restore, discard, later: () => setOffer(null), notice, closeNotice: () => setNotice(null) }
}
