import { useCallback, useState } from 'react'
import type { PairFilter } from '../../../shared/export/comparative-table/filters'
import type { PublicationLanguage } from '../../../shared/export/options'
import { invoke } from '../bridge'
import { t } from '../i18n'
import { composeProject } from '../store/compose'
import { projectStore } from '../store/useStore'

/** The compare view's export of the comparative table: main asks where, builds it from the project and the compared edition. */
export function useTableExport() {
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const write = useCallback(async (format: 'pdf' | 'docx', language: PublicationLanguage, filters: PairFilter[]) => {
    const project = composeProject(projectStore.getState(), projectStore.text())
    if (!project?.document) return projectStore.showError({ code: 'errorCompareNoDocument' })
    setNotice(null)
    setBusy(true)
    try {
      const reply = await invoke('export:comparativeTable', { project, format, language, filters })
      if (!reply.ok) return projectStore.showError(reply.error)
      if (reply.value) setNotice(t('exportDone', { fileName: reply.value.fileName }))
    } finally {
      setBusy(false)
    }
  }, [])

  const closeNotice = useCallback(() => setNotice(null), [])
  return { busy, notice, write, closeNotice }
}
