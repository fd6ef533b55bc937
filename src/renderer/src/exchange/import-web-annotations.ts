import type { Node as PMNode } from 'prosemirror-model'
import { buildDocumentText } from '../../../shared/annotations/document-text'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { externalAuthorColor, placeExternal } from '../../../shared/exchange/place'
import type { ExternalAnnotation } from '../../../shared/exchange/web-annotation'
import type { ProjectFile } from '../../../shared/project/schema'
import { htmlToCommentary, textToCommentary } from '../sanitize/html'

/** What importing Web Annotations did, for the report the user sees. */
export interface WebImportReport {
  fileName: string
  placed: number
  unplaced: number
  skipped: number
  /** Element and attribute names the sanitiser removed from HTML bodies. */
  removed: string[]
}

/**
 * Adds annotations read from another tool to the project: bodies sanitised (DOMPurify, then the commentary
 * schema), tags matched by name (new names become new tags), each placed in the text by its selectors.
 * Annotations already in the project (same id) are skipped, so importing a file twice adds nothing.
 */
export function importWebAnnotations(project: ProjectFile, doc: PMNode, fileName: string, externals: ExternalAnnotation[], now = new Date()): { project: ProjectFile; report: WebImportReport } {
  const text = buildDocumentText(doc)
  const existing = new Set(project.annotations.map((annotation) => annotation.id))
  const tags = [...(project.tags as Tag[])]
  const tagByName = new Map(tags.map((tag) => [tag.name.trim().toLowerCase(), tag.id]))
  const removed = new Set<string>()
  const added: Annotation[] = []
  let unplaced = 0
  let skipped = 0
  const tagId = (name: string) => {
    const key = name.trim().toLowerCase()
    let id = tagByName.get(key)
    if (!id) {
      id = crypto.randomUUID()
      tags.push({ id, name: name.trim().slice(0, 200), color: externalAuthorColor, description: '', parentId: null })
      tagByName.set(key, id)
    }
    return id
  }
  for (const external of externals) {
    let body
    if (external.html !== null) {
      const converted = htmlToCommentary(external.html)
      converted.removed.forEach((name) => removed.add(name))
      body = converted.body
    } else body = textToCommentary(external.text ?? '')
    const tagIds = [...new Set(external.tags.filter((name) => name.trim()).map(tagId))]
    const placed = placeExternal(external, text, body, tagIds, now)
    if (!placed) unplaced++
    else if (existing.has(placed.id)) skipped++
    else {
      existing.add(placed.id)
      added.push(placed)
    }
  }
  const annotations = [...(project.annotations as Annotation[]), ...added]
  return {
    project: { ...project, annotations, tags } as ProjectFile,
    report: { fileName, placed: added.length, unplaced, skipped, removed: [...removed].sort() }
  }
}
