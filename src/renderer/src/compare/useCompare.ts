import { useCallback, useState } from 'react'
import { alignEditions } from '../../../shared/editions/align'
import type { EditionAlignment } from '../../../shared/editions/types'
import { localeFor } from '../../../shared/i18n/locale'
import type { ComparedEdition } from '../../../shared/ipc'
import { invoke } from '../bridge'
import { composeProject } from '../store/compose'
import { projectStore, useStore } from '../store/useStore'

/** A comparison on screen: the open text (old edition) against the edition main imported (new edition). */
export interface Comparison {
  oldName: string
  /** The open text's language tag: the comparative table's headings follow it unless the user picks another. */
  oldLanguage: string
  other: ComparedEdition
  alignment: EditionAlignment
  /** The text revision it was made for: loading another text or editing this one ends it. */
  textRevision: number
}

/**
 * "Compare with Another Version…" in the renderer: asks main to pick and import the other edition, aligns it
 * with the open text (the shared alignment, article by article, clauses paired, word diff), and holds the
 * result for the compare view.
 */
export function useCompare() {
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const textRevision = useStore((state) => state.textRevision)

  const start = useCallback(async () => {
    const project = composeProject(projectStore.getState(), projectStore.text())
    if (!project?.document) return projectStore.showError({ code: 'errorCompareNoDocument' })
    const reply = await invoke('editions:openOther', {})
    if (!reply.ok) return projectStore.showError(reply.error)
    if (!reply.value) return
    projectStore.showError(null)
    const other = reply.value
    // The same law in two languages pairs by article and clause numbers: its wordings cannot be compared.
    const by = localeFor(project.document.language) === localeFor(other.language) ? 'content' : 'structure'
    const alignment = alignEditions(project.document.content, other.doc, { language: other.language, by })
    setComparison({ oldName: project.document.name || project.meta.title, oldLanguage: project.document.language, other, alignment, textRevision: projectStore.getState().textRevision })
  }, [])

  const close = useCallback(() => setComparison(null), [])
  return { comparison: comparison && comparison.textRevision === textRevision ? comparison : null, start, close }
}
