import { reviseProject } from '../../../shared/editions/revise-project'
import type { ImportedText } from '../../../shared/ipc'
import { composeProject } from '../store/compose'
import type { ProjectStore } from '../store/project-store'

/** What the user calls the revised edition. */
export interface RevisionName {
  label: string
  /** YYYY-MM-DD, or empty. */
  date: string
}

/**
 * "Import revised version": the imported text becomes the edition being read and the project's notes are
 * carried to it by the core (reviseProject), from the project as it is now (the text and targets as the
 * editor holds them). One undoable step; returns how many notes wait for review, or null with nothing open.
 */
export function acceptRevision(store: ProjectStore, imported: ImportedText, name: RevisionName): number | null {
  const before = composeProject(store.getState(), store.text())
  if (!before?.document) return null
  const { project } = reviseProject(
    { ...before, document: before.document },
    {
      language: imported.report.language,
      source: { fileName: imported.fileName, format: imported.report.format },
      content: imported.doc,
      edition: { label: name.label.trim() || imported.fileName, ...(name.date ? { date: name.date } : {}) }
    }
  )
  store.changeEdition(before, project)
  return project.annotations.filter((annotation) => annotation.review).length
}
