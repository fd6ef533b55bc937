import type { JournalChange } from '../../../shared/journal/journal-change'
import type { ProjectFile } from '../../../shared/project/schema'
import { applyChanges, dataFromProject, projectFromData, type Change } from '../store/operations'

/** The project with a journal's edits replayed over it, in order (each names its item's whole new value). */
export function restoredProject(project: ProjectFile, changes: readonly JournalChange[]): ProjectFile {
  let document = project.document
  let editions = project.editions
  const operations: Change[] = []
  for (const change of changes) {
    if (change.in === 'document') document = change.value
    else if (change.in === 'editions') editions = change.value
    else operations.push(change as Change)
  }
  return { ...projectFromData(applyChanges(dataFromProject(project), operations).data), document, editions }
}
