/** What an import found, shown to the user before anything is created. */

export interface StructureCounts {
  preamble: boolean
  parts: number
  chapters: number
  articles: number
  clauses: number
  subpoints: number
}

export type ImportWarningCode =
  | 'numberingGap'
  | 'numberingRepeat'
  | 'numberingOrder'
  | 'emptyArticle'
  | 'textOutsideArticle'

/** One thing worth a look: `eId` points at the unit it concerns, `params` fill the message. */
export interface ImportWarning {
  code: ImportWarningCode
  eId?: string
  params: Record<string, string | number>
}

export interface ImportReport {
  format: string
  language: string
  counts: StructureCounts
  warnings: ImportWarning[]
}
