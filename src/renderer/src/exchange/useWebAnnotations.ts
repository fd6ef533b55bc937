import { useCallback, useState } from 'react'
import { legalSchema } from '../../../shared/document/schema'
import { invoke } from '../bridge'
import { composeCurrent } from '../store/compose'
import { projectStore } from '../store/useStore'
import { sameValue } from '../../../shared/merge/canonical'
import { importWebAnnotations, type WebImportReport } from './import-web-annotations'

/** The renderer side of W3C Web Annotation import and export; main reads and writes the files. */
export function useWebAnnotations() {
  const [report, setReport] = useState<WebImportReport | null>(null)

  const exportAll = useCallback(async () => {
    const project = composeCurrent(projectStore)
    if (!project) return projectStore.showError({ code: 'errorNoProjectOpen' })
    const reply = await invoke('annotations:exportWeb', { project })
    if (!reply.ok) projectStore.showError(reply.error)
  }, [])

  const importFile = useCallback(async () => {
    const project = composeCurrent(projectStore)
    if (!project?.document) return projectStore.showError({ code: 'errorAnnotationsNeedText' })
    const reply = await invoke('annotations:readWeb', {})
    if (!reply.ok) return projectStore.showError(reply.error)
    if (!reply.value) return
    const doc = projectStore.text()?.currentDoc() ?? legalSchema.nodeFromJSON(project.document.content)
    const outcome = importWebAnnotations(project, doc, reply.value)
    // One undoable step that touches only what the import added or updated.
    if (outcome.report.accepted + outcome.report.updated > 0) projectStore.adopt(outcome.project, sameValue)
    setReport(outcome.report)
  }, [])

  const closeReport = useCallback(() => setReport(null), [])

  return { report, exportAll, importFile, closeReport }
}
