import type { DocJSON } from '../../../shared/document/types'
import type { ProjectFile } from '../../../shared/project/schema'
import { projectFromData } from './operations'
import type { ProjectStore, StoreState, TextSource } from './project-store'

/**
 * The project as it is now: the store's data with the text as the editor holds it and every annotation's
 * target re-read from where it is drawn. Save, autosave, merge and every export send this, so what leaves
 * the renderer always has the latest text and anchors, saved or not.
 */
export function composeProject(state: StoreState, text: TextSource | null): ProjectFile | null {
  if (!state.open) return null
  const project = projectFromData(state.open.data)
  if (!text || !project.document) return project
  return {
    ...project,
    document: { ...project.document, content: text.currentDoc().toJSON() as DocJSON },
    annotations: text.currentTargets(project.annotations)
  }
}

/** The project as it is now, edits a view still holds (typing in commentary) included. */
export function composeCurrent(store: Pick<ProjectStore, 'flushEdits' | 'getState' | 'text'>): ProjectFile | null {
  store.flushEdits()
  return composeProject(store.getState(), store.text())
}
