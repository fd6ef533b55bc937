import { useCallback, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { invoke } from '../bridge'
import { t } from '../i18n'
import type { useProjectSession } from '../useProjectSession'

type Session = ReturnType<typeof useProjectSession>

/**
 * "Export Akoma Ntoso…": sends the project with the text as the editor holds it now; main asks where to
 * write and writes the XML. `notice` says where it went, until dismissed or the next export.
 */
export function useAknExport(session: Session, currentDoc: () => PMNode | null) {
  const [notice, setNotice] = useState<string | null>(null)
  const { snapshot, showError } = session

  const exportAkn = useCallback(async () => {
    setNotice(null)
    const project = snapshot(currentDoc())
    if (!project) return showError({ code: 'errorNoProjectOpen' })
    if (!project.document) return showError({ code: 'errorExportNoDocument' })
    const reply = await invoke('document:exportAkn', { project })
    if (!reply.ok) return showError(reply.error)
    if (reply.value) setNotice(t('exportDone', { path: reply.value.path }))
  }, [snapshot, currentDoc, showError])

  const closeNotice = useCallback(() => setNotice(null), [])

  return { notice, exportAkn, closeNotice }
}
