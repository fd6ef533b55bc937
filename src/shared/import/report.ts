import type { AknImportDetails } from '../akn/import'

/** What an import found, shown to the user before anything is created. */

/** How many units of each kind a document has. */
export interface StructureCounts {
  preamble: boolean
  parts: number
  chapters: number
  articles: number
  clauses: number
  subpoints: number
}

/** The kinds of thing an import report asks the user to check. */
export type ImportWarningCode =
  | 'numberingGap'
  | 'numberingRepeat'
  | 'numberingOrder'
  | 'emptyArticle'
  | 'textOutsideArticle'
  // Akoma Ntoso imports: an attachment or collection member kept as a part, units given an eId, elements not used.
  | 'aknAttachmentKept'
  | 'aknIdsGenerated'
  | 'aknNotUsed'
  | 'contentsLeftOut'
  | 'titlePageLeftOut'
  | 'backMatterLeftOut'

/** One thing worth a look: `eId` points at the unit it concerns, `params` fill the message. */
export interface ImportWarning {
  code: ImportWarningCode
  eId?: string
  params: Record<string, string | number>
}

/** Where a text came from: the file format it was read from, or the clipboard. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'akn' | 'clipboard'

/** The report shown before an import creates anything. `language` is 'en', 'ru' or 'kk'. */
export interface ImportReport {
  format: ImportFormat
  language: string
  counts: StructureCounts
  warnings: ImportWarning[]
  /** What an Akoma Ntoso import read besides the structure (metadata, attachments, notes, unused elements). */
  akn?: AknImportDetails
}
