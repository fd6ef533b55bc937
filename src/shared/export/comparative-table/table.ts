import type { ArticlePair, EditionAlignment } from '../../editions/types'
import type { EditionUnit } from '../../editions/units'
import { translate, type Locale } from '../../i18n/translate'
import type { ExportModel, ExportNote } from '../model'
import type { ExportOptions } from '../options'
import { wordingChanges, pairMatches, type PairFilter } from './filters'
import { segmentSides, type MarkedParagraph } from './sides'

/**
 * The comparative table ("сравнительная таблица", "салыстырмалы кесте"), independent of its format: one row
 * per article that changed, old wording | new wording | commentary, as legislators and commentators set
 * them out. The PDF (table-view.ts) and the Word file (main/export/comparative-table-docx.ts) are both drawn
 * from it. The commentary column holds the notes on the old edition's article, as the publication model
 * formats them (commentary form: the words commented on, then the note with its citation).
 */

export interface ComparativeRow {
  fromEId: string | null
  toEId: string | null
  /** The article's heading in each edition ("Article 39"); empty where it does not exist there. */
  oldLabel: string
  newLabel: string
  /** The article's segments, marked; empty where the article does not exist in that edition. */
  old: MarkedParagraph[]
  new: MarkedParagraph[]
  notes: ExportNote[]
}

export interface ComparativeTable {
  title: string
  /** The names of the two editions (a file name, or the document's own name). */
  oldName: string
  newName: string
  /** The language of headings and labels, and the legal text's own language tag. */
  labels: Locale
  language: string
  headings: { old: string; new: string; commentary: string }
  /** Written in a side where the article does not exist: "Absent" in the old one, "Deleted" in the new one. */
  absent: string
  deleted: string
  rows: ComparativeRow[]
  /** The publication model the notes come from (null: the old edition is a plain file, with no notes). */
  notesModel: ExportModel | null
  page: ExportOptions['page']
}

/** Each article's notes, by the article's eId, from a publication model in commentary form. */
export function notesByArticle(model: ExportModel): Map<string, ExportNote[]> {
  const notes = new Map(model.notes.map((note) => [note.number, note]))
  const byArticle = new Map<string, ExportNote[]>()
  let article = ''
  for (const block of model.blocks) {
    if (block.kind === 'heading' && block.level === 'article') article = block.eId
    if (block.kind === 'endnotes' && article) byArticle.set(article, [...(byArticle.get(article) ?? []), ...block.notes.flatMap((number) => notes.get(number) ?? [])])
  }
  return byArticle
}

function sideOf(unit: EditionUnit | null, pair: ArticlePair, side: 'old' | 'new'): MarkedParagraph[] {
  if (!unit) return []
  return pair.segments.flatMap((segment) => segmentSides(segment)[side] ?? [])
}

export interface ComparativeTableInput {
  alignment: EditionAlignment
  oldName: string
  newName: string
  labels: Locale
  language: string
  notesModel: ExportModel | null
  page: ExportOptions['page']
  /** Which rows to list (default: wording changes; unchanged articles are never listed). */
  filters?: ReadonlySet<PairFilter>
}

export function buildComparativeTable(input: ComparativeTableInput): ComparativeTable {
  const say = (key: Parameters<typeof translate>[0]) => translate(key, {}, input.labels)
  const notes = input.notesModel ? notesByArticle(input.notesModel) : new Map<string, ExportNote[]>()
  const rows = input.alignment.articles
    .filter((pair) => pairMatches(pair, input.filters ?? wordingChanges))
    .map((pair): ComparativeRow => ({
      fromEId: pair.from?.eId ?? null,
      toEId: pair.to?.eId ?? null,
      oldLabel: pair.from?.label ?? '',
      newLabel: pair.to?.label ?? '',
      old: sideOf(pair.from, pair, 'old'),
      new: sideOf(pair.to, pair, 'new'),
      notes: pair.from ? (notes.get(pair.from.eId) ?? []) : []
    }))
  return {
    title: say('comparativeTableTitle'),
    oldName: input.oldName,
    newName: input.newName,
    labels: input.labels,
    language: input.language,
    headings: { old: say('comparativeTableOld'), new: say('comparativeTableNew'), commentary: say('comparativeTableCommentary') },
    absent: say('comparativeTableAbsent'),
    deleted: say('comparativeTableDeleted'),
    rows,
    notesModel: input.notesModel,
    page: input.page
  }
}
