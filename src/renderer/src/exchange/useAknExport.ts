import { useCallback, useState } from 'react'
import type { DocJSON } from '../../../shared/document/types'
import { invoke } from '../bridge'
import { t } from '../i18n'
import { composeCurrent } from '../store/compose'
import { projectStore, useStore } from '../store/useStore'

/**
 * "Export Akoma Ntoso…": sends the project as it is now; main asks where to write and writes the XML.
 * `notice` says where it went, until dismissed, the next export, or another text.
 */
export function useAknExport() {
  const [written, setWritten] = useState<{ text: string; content: DocJSON | null } | null>(null)
  const content = useStore((state) => state.open?.content ?? null)

  const exportAkn = useCallback(async () => {
    setWritten(null)
    const project = composeCurrent(projectStore)
    const state = projectStore.getState()
    if (!project) return projectStore.showError({ code: 'errorNoProjectOpen' })
    if (!project.document) return projectStore.showError({ code: 'errorExportNoDocument' })
    const reply = await invoke('document:exportAkn', { project })
    if (!reply.ok) return projectStore.showError(reply.error)
    if (reply.value) setWritten({ text: t('exportDone', { fileName: reply.value.fileName }), content: state.open?.content ?? null })
  }, [])

  const closeNotice = useCallback(() => setWritten(null), [])
  const notice = written && written.content === content ? written.text : null

  return { notice, exportAkn, closeNotice }
}
