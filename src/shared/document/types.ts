/**
 * The legal document as stored in a project file: ProseMirror's JSON form of a `legalSchema` node.
 * Kept as plain data so the project file, importers and exporters need no ProseMirror instance.
 */
export interface DocJSON {
  type: string
  attrs?: Record<string, unknown>
  content?: DocJSON[]
  text?: string
  /** Marks on a text node; the legal text has none, commentary (bold, italic, links) does. */
  marks?: { type: string; attrs?: Record<string, unknown> }[]
}

/** Attributes of a structural unit (preamble, part, chapter, article, clause, sub-point). */
export interface UnitAttrs {
  eId: string
  num: string
  label: string
}
