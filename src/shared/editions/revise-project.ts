import type { DocJSON } from '../document/types'
import type { LegalDocument, ProjectFile } from '../project/schema'
import { carryAnnotations, type CarryResult } from './carry'

/** A project moved onto a revised edition of its text, and where each of its notes went. */
export interface RevisedProject {
  project: ProjectFile
  carried: CarryResult
}

function titleOf(doc: DocJSON): string {
  return doc.content?.find((node) => node.type === 'title')?.content?.map((node) => node.text ?? '').join('') ?? ''
}

/**
 * "Import revised version": the project's document becomes the revised edition and every note is carried
 * to it (carry.ts); orphans stay in the project with their old words. Schema v2 holds one document, so the
 * old edition is not kept in the project; the caller keeps the old file (stamping the changed targets for
 * the merge is the saver's job, as for any edit).
 */
export function reviseProject(project: ProjectFile & { document: LegalDocument }, revised: Omit<LegalDocument, 'name'> & { name?: string }): RevisedProject {
  // A revised text in another language is the same law translated: its articles are found by number.
  const by = project.document.language && revised.language && project.document.language !== revised.language ? 'structure' : 'content'
  const carried = carryAnnotations(project.document.content, revised.content, project.annotations, { language: revised.language, by })
  const document: LegalDocument = { ...revised, name: revised.name || titleOf(revised.content) || project.document.name }
  return { project: { ...project, document, annotations: carried.annotations }, carried }
}
