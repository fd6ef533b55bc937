import type { Node as PMNode } from 'prosemirror-model'
import { buildDocumentText } from '../../../shared/annotations/document-text'
import { importAnnotations, type AnnotationImportReport } from '../../../shared/exchange/web-annotation'
import type { WebAnnotationsRead } from '../../../shared/ipc'
import type { ProjectFile } from '../../../shared/project/schema'
import { htmlToCommentary } from '../sanitize/html'

/** What importing Web Annotations did, for the report the user sees. */
export interface WebImportReport extends AnnotationImportReport {
  fileName: string
}

/**
 * Adds annotations read from another tool to the project with the shared import (src/shared/exchange),
 * HTML bodies sanitised by the renderer's sanitiser (DOMPurify, then the commentary schema).
 */
export function importWebAnnotations(project: ProjectFile, doc: PMNode, read: WebAnnotationsRead, now = new Date()): { project: ProjectFile; report: WebImportReport } {
  const outcome = importAnnotations(project, read, { text: buildDocumentText(doc), fromHtml: htmlToCommentary, now })
  return {
    project: { ...project, annotations: outcome.annotations, tags: outcome.tags } as ProjectFile,
    report: { fileName: read.fileName, ...outcome.report }
  }
}
