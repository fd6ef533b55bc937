import { translate, type MessageKey } from '../i18n/translate'
import type { ArticlePair, EditionAlignment, PairStatus } from './align'
import type { CarriedNote, CarryStatus } from './carry'

/**
 * The words of a comparison and of a carry, shared by the command line and the app: "96 articles:
 * 81 unchanged, 12 changed, 1 inserted, 2 renumbered"; counts that are zero are left out.
 */

export interface AlignmentCounts {
  articles: number
  unchanged: number
  changed: number
  inserted: number
  deleted: number
  renumbered: number
  moved: number
}

export function alignmentCounts(alignment: EditionAlignment): AlignmentCounts {
  const counts: AlignmentCounts = { articles: alignment.revised.articles.length, unchanged: 0, changed: 0, inserted: 0, deleted: 0, renumbered: 0, moved: 0 }
  for (const pair of alignment.articles) {
    counts[pair.status]++
    if (pair.renumbered) counts.renumbered++
    if (pair.moved) counts.moved++
  }
  return counts
}

const countKeys: Record<Exclude<keyof AlignmentCounts, 'articles'>, MessageKey> = {
  unchanged: 'editionCountUnchanged',
  changed: 'editionCountChanged',
  inserted: 'editionCountInserted',
  deleted: 'editionCountDeleted',
  renumbered: 'editionCountRenumbered',
  moved: 'editionCountMoved'
}

/** "96 articles: 81 unchanged, 12 changed, 1 inserted, 2 renumbered". */
export function alignmentSummary(counts: AlignmentCounts): string {
  const details = (Object.keys(countKeys) as (keyof typeof countKeys)[]).filter((key) => counts[key] > 0).map((key) => translate(countKeys[key], { count: counts[key] }))
  return translate('editionSummary', { total: translate('editionArticles', { count: counts.articles }), details: details.join(', ') })
}

const statusKeys: Record<PairStatus | 'renumbered' | 'moved', MessageKey> = {
  unchanged: 'editionStatusUnchanged',
  changed: 'editionStatusChanged',
  inserted: 'editionStatusInserted',
  deleted: 'editionStatusDeleted',
  renumbered: 'editionStatusRenumbered',
  moved: 'editionStatusMoved'
}

/** What happened to one article: "changed, renumbered". */
export function articleChange(pair: ArticlePair): string {
  const words = [pair.status === 'unchanged' && (pair.renumbered || pair.moved) ? null : pair.status, pair.renumbered ? 'renumbered' : null, pair.moved ? 'moved' : null]
  return words.filter((word): word is keyof typeof statusKeys => word !== null).map((word) => translate(statusKeys[word])).join(', ')
}

const carryCountKeys: Record<CarryStatus, MessageKey> = { exact: 'carryCountExact', moved: 'carryCountMoved', changed: 'carryCountChanged', orphaned: 'carryCountOrphaned' }
const carryStatusKeys: Record<CarryStatus, MessageKey> = { exact: 'carryStatusExact', moved: 'carryStatusMoved', changed: 'carryStatusChanged', orphaned: 'carryStatusOrphaned' }

/** "350 notes: 280 in place, 40 moved, 25 to review (text changed), 5 orphaned (text deleted)". */
export function carrySummary(notes: readonly CarriedNote[]): string {
  const counts = new Map<CarryStatus, number>()
  for (const note of notes) counts.set(note.status, (counts.get(note.status) ?? 0) + 1)
  const details = (Object.keys(carryCountKeys) as CarryStatus[]).filter((status) => counts.has(status)).map((status) => translate(carryCountKeys[status], { count: counts.get(status)! }))
  return translate('editionSummary', { total: translate('carryNotes', { count: notes.length }), details: details.join(', ') })
}

/** One note's outcome in words. */
export function carryStatusText(status: CarryStatus): string {
  return translate(carryStatusKeys[status])
}
