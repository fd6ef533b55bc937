import type { Annotation } from '../annotations/types'
import type { Edition, LegalDocument } from '../project/schema'
import { alignEditions } from './align'
import { editionStructure, type EditionUnit } from './units'

/**
 * The parallel view: the articles of the edition being read beside their counterparts in up to two other
 * editions (kk, ru, en of one law), row by row, so they scroll together. Counterparts are found by the
 * alignment (by number across languages, by content within one). Each cell counts the notes anchored there;
 * a note on one cell shows as a marker beside its counterparts in the row.
 */

/** One edition's article in a row: its label and text, and the notes anchored on it in that edition. */
export interface ParallelCell {
  eId: string
  label: string
  text: string
  /** Ids of notes anchored on this article in this edition. */
  notes: string[]
}

export interface ParallelColumn {
  /** The edition's id ('' for a document from before editions were named). */
  id: string
  label: string
  language: string
}

export interface ParallelRow {
  /** One cell per column; null where that edition has no counterpart (an inserted or deleted article). */
  cells: (ParallelCell | null)[]
  /** For each column: how many notes stand on the row's other cells and not on this one (its markers). */
  markers: number[]
}

export interface ParallelView {
  columns: ParallelColumn[]
  rows: ParallelRow[]
}

/** Up to `count` other editions, those in another language than the one read first. */
function companions(reading: LegalDocument, editions: readonly Edition[], count: number): Edition[] {
  const others = editions.filter((edition) => edition.edition.id !== reading.edition?.id)
  return [...others.filter((edition) => edition.language !== reading.language), ...others.filter((edition) => edition.language === reading.language)].slice(0, count)
}

const cellOf = (unit: EditionUnit, notes: string[]): ParallelCell => ({ eId: unit.eId, label: unit.label, text: unit.text, notes })

function notesByArticle(annotations: readonly Annotation[], editionId: string | null): Map<string, string[]> {
  const byArticle = new Map<string, string[]>()
  for (const annotation of annotations) {
    const anchor = editionId === null ? (annotation.orphan ? null : annotation.target) : annotation.anchors?.[editionId]?.status === 'orphaned' ? null : annotation.anchors?.[editionId]?.target
    if (!anchor) continue
    const eId = anchor.eId.split('__')[0]!
    byArticle.set(eId, [...(byArticle.get(eId) ?? []), annotation.id])
  }
  return byArticle
}

/** The parallel view of the edition read and up to `count` other editions. */
export function parallelView(reading: LegalDocument, editions: readonly Edition[], annotations: readonly Annotation[], count = 2): ParallelView {
  const others = companions(reading, editions, count)
  const columns: ParallelColumn[] = [reading, ...others].map((edition) => ({ id: edition.edition?.id ?? '', label: edition.edition?.label ?? edition.name, language: edition.language }))
  const alignments = others.map((edition) => alignEditions(reading.content, edition.content, { language: edition.language, by: edition.language === reading.language ? 'content' : 'structure' }))
  const readingNotes = notesByArticle(annotations, null)
  const otherNotes = others.map((edition) => notesByArticle(annotations, edition.edition.id))
  const rows: ParallelRow[] = editionStructure(reading.content).articles.map((article) => {
    const cells = [
      cellOf(article, readingNotes.get(article.eId) ?? []),
      ...alignments.map((alignment, index) => {
        const to = alignment.pairOf(article.eId)?.to
        return to ? cellOf(to, otherNotes[index]!.get(to.eId) ?? []) : null
      })
    ]
    const all = new Set(cells.flatMap((cell) => cell?.notes ?? []))
    const markers = cells.map((cell) => (cell ? [...all].filter((id) => !cell.notes.includes(id)).length : 0))
    return { cells, markers }
  })
  return { columns, rows }
}
