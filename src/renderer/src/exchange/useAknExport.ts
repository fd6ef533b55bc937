import { useCallback, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { DocJSON } from '../../../shared/document/types'
import { invoke } from '../bridge'
import { t } from '../i18n'
import type { useProjectSession } from '../useProjectSession'

type Session = ReturnType<typeof useProjectSession>

/**
 * "Export Akoma Ntoso…": sends the project with the text as the editor holds it now; main asks where to
 * write and writes the XML. `notice` says where it went, until dismissed, the next export, or another text.
 */
export function useAknExport(session: Session, currentDoc: () => PMNode | null) {
  const [written, setWritten] = useState<{ text: string; content: DocJSON | null } | null>(null)
  const { snapshot, showError, state } = session

  const exportAkn = useCallback(async () => {
    setWritten(null)
    const project = snapshot(currentDoc())
    if (!project) return showError({ code: 'errorNoProjectOpen' })
    if (!project.document) return showError({ code: 'errorExportNoDocument' })
    const reply = await invoke('document:exportAkn', { project })
    if (!reply.ok) return showError(reply.error)
    if (reply.value) setWritten({ text: t('exportDone', { fileName: reply.value.fileName }), content: state.content })
  }, [snapshot, currentDoc, showError, state.content])

  const closeNotice = useCallback(() => setWritten(null), [])
  const notice = written && written.content === state.content ? written.text : null

  return { notice, exportAkn, closeNotice }
}
