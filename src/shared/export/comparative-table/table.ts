import type { ArticlePair, ContainerPair, EditionAlignment } from '../../editions/types'
import type { EditionUnit } from '../../editions/units'
import { wordDiff } from '../../editions/word-diff'
import { translate, type Locale } from '../../i18n/translate'
import type { ExportModel, ExportNote } from '../model'
import type { ExportOptions } from '../options'
import { wordingChanges, pairMatches, type PairFilter } from './filters'
import { segmentSides, type MarkedParagraph } from './sides'

/**
 * The comparative table ("сравнительная таблица", "салыстырмалы кесте"), independent of its format: one row
 * per article that changed, old wording | new wording | commentary, as legislators and commentators set
 * them out, and one before its first article for each part or chapter renamed. The PDF (table-view.ts) and the Word file (main/export/comparative-table-docx.ts) are both drawn
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

/** A part or chapter renamed: its heading in both editions, the words changed marked, before its first article. */
function headingRow(pair: ContainerPair & { from: EditionUnit; to: EditionUnit }, language: string): ComparativeRow {
  const segment = (unit: EditionUnit) => ({ key: `${unit.eId}__heading`, kind: 'heading' as const, num: '', text: unit.heading, start: 0, end: unit.heading.length })
  const sides = segmentSides({ from: segment(pair.from), to: segment(pair.to), status: 'changed', renumbered: false, diff: wordDiff(pair.from.heading, pair.to.heading, language) })
  return { fromEId: pair.from.eId, toEId: pair.to.eId, oldLabel: pair.from.label, newLabel: pair.to.label, old: [sides.old!], new: [sides.new!], notes: [] }
}

/** Renamed parts and chapters, each with the place of its first article in the alignment (the end if it has none). */
function renamedContainers(alignment: EditionAlignment, language: string): { at: number; row: ComparativeRow }[] {
  return alignment.containers.flatMap((pair) => {
    const { from, to } = pair
    if (!from || !to || from.heading === to.heading) return []
    const first = alignment.articles.findIndex((article) => article.to?.container === to.eId)
    return [{ at: first < 0 ? alignment.articles.length : first, row: headingRow({ ...pair, from, to }, language) }]
  })
}

export interface ComparativeTableInput {
  alignment: EditionAlignment
  oldName: string
  newName: string
  labels: Locale
  language: string
  notesModel: ExportModel | null
  page: ExportOptions['page']
  /** List renamed parts and chapters (default true); not for editions in two languages, whose headings are translations. */
  renamedHeadings?: boolean
  /** Which rows to list (default: wording changes; unchanged articles are never listed). */
  filters?: ReadonlySet<PairFilter>
}

export function buildComparativeTable(input: ComparativeTableInput): ComparativeTable {
  const say = (key: Parameters<typeof translate>[0]) => translate(key, {}, input.labels)
  const notes = input.notesModel ? notesByArticle(input.notesModel) : new Map<string, ExportNote[]>()
  const articleRows = input.alignment.articles.flatMap((pair, at) =>
    pairMatches(pair, input.filters ?? wordingChanges)
      ? [
          {
            at,
            row: {
              fromEId: pair.from?.eId ?? null,
              toEId: pair.to?.eId ?? null,
              oldLabel: pair.from?.label ?? '',
              newLabel: pair.to?.label ?? '',
              old: sideOf(pair.from, pair, 'old'),
              new: sideOf(pair.to, pair, 'new'),
              notes: pair.from ? (notes.get(pair.from.eId) ?? []) : []
            }
          }
        ]
      : []
  )
  // A renamed part's row comes before its first article's (a stable sort keeps it first at the same place).
  const headings = input.renamedHeadings === false ? [] : renamedContainers(input.alignment, input.language)
  const rows = [...headings, ...articleRows].sort((a, b) => a.at - b.at).map(({ row }) => row)
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
