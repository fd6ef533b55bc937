import type { Annotation } from '../annotations/types'
import type { DocJSON } from '../document/types'
import type { Edition, EditionInfo, LegalDocument, ProjectFile } from '../project/schema'
import { carryAnnotations, type CarriedNote, type CarryResult } from './carry'

/** A project moved onto a revised edition of its text, and where each of its notes went. */
export interface RevisedProject {
  project: ProjectFile
  carried: CarryResult
}

/** The revised text as imported, and what to call it ("Final draft", its date). */
export type RevisedText = Omit<LegalDocument, 'name' | 'edition'> & { name?: string; edition?: Partial<EditionInfo> }

function titleOf(doc: DocJSON): string {
  return doc.content?.find((node) => node.type === 'title')?.content?.map((node) => node.text ?? '').join('') ?? ''
}

/** The edition being read, named (a document from before schema v3 without a name gets one, kept stable by its caller). */
function named(document: LegalDocument, newId: () => string): Edition {
  return { ...document, edition: document.edition ?? { id: newId(), label: document.source?.fileName ?? document.name } }
}

/**
 * A note on the revised edition: its carried target, its place in the old edition kept in `anchors`, and
 * flagged for review when it changed or was orphaned (an orphan keeps its old words as its target).
 */
function carriedAnnotation(annotation: Annotation, note: CarriedNote, from: string): Annotation {
  const { orphan: _orphan, review: _review, ...rest } = annotation
  const anchors = { ...annotation.anchors, [from]: { target: annotation.target, status: annotation.orphan ? ('orphaned' as const) : ('exact' as const) } }
  const next: Annotation = { ...rest, target: note.target, anchors }
  if (note.status === 'orphaned') next.orphan = true
  if (note.status === 'changed' || note.status === 'orphaned') next.review = { from }
  return next
}

/**
 * "Import revised version": the revised text becomes the edition being read, the old one is kept among the
 * project's editions, and every note is carried to the new one (carry.ts): the one path the app and the
 * command line share. Each note keeps its old place in `anchors`; changed and orphaned notes are flagged
 * for the review queue, orphans kept with their old words. Nothing is dropped. `newId` names the new
 * edition (and the old one, if it had no name yet).
 */
export function reviseProject(
  project: ProjectFile & { document: LegalDocument },
  revised: RevisedText,
  newId: () => string = () => crypto.randomUUID()
): RevisedProject {
  // A revised text in another language is the same law translated: its articles are found by number.
  const by = project.document.language && revised.language && project.document.language !== revised.language ? 'structure' : 'content'
  const carried = carryAnnotations(project.document.content, revised.content, project.annotations, { language: revised.language, by })
  const old = named(project.document, newId)
  const { edition: info, name, ...text } = revised
  const label = info?.label || revised.source?.fileName || name || titleOf(revised.content)
  const edition: EditionInfo = { id: info?.id ?? newId(), label, ...(info?.date ? { date: info.date } : {}) }
  const document: LegalDocument = { ...text, name: name || titleOf(revised.content) || project.document.name, edition }
  const annotations = project.annotations.map((annotation, index) => carriedAnnotation(annotation, carried.notes[index]!, old.edition.id))
  const editions = [...project.editions.filter((other) => other.edition.id !== old.edition.id && other.edition.id !== edition.id), old]
  return { project: { ...project, document, editions, annotations }, carried: { ...carried, annotations } }
}
