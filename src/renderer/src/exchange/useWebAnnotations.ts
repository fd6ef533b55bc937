import { useCallback, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { legalSchema } from '../../../shared/document/schema'
import { invoke } from '../bridge'
import type { useProjectSession } from '../useProjectSession'
import { importWebAnnotations, type WebImportReport } from './import-web-annotations'

type Session = ReturnType<typeof useProjectSession>

/** The renderer side of W3C Web Annotation import and export; main reads and writes the files. */
export function useWebAnnotations(session: Session, currentDoc: () => PMNode | null) {
  const [report, setReport] = useState<WebImportReport | null>(null)
  const { snapshot, showError, adoptMerged } = session

  const exportAll = useCallback(async () => {
    const project = snapshot(currentDoc())
    if (!project) return showError({ code: 'errorNoProjectOpen' })
    const reply = await invoke('annotations:exportWeb', { project })
    if (!reply.ok) showError(reply.error)
  }, [snapshot, currentDoc, showError])

  const importFile = useCallback(
    async () => {
      const project = snapshot(currentDoc())
      if (!project?.document) return showError({ code: 'errorAnnotationsNeedText' })
      const reply = await invoke('annotations:readWeb', {})
      if (!reply.ok) return showError(reply.error)
      if (!reply.value) return
      const doc = currentDoc() ?? legalSchema.nodeFromJSON(project.document.content)
      const outcome = importWebAnnotations(project, doc, reply.value)
      if (outcome.report.accepted + outcome.report.updated > 0) adoptMerged(outcome.project)
      setReport(outcome.report)
    },
    [snapshot, currentDoc, showError, adoptMerged]
  )

  const closeReport = useCallback(() => setReport(null), [])

  return { report, exportAll, importFile, closeReport }
}
