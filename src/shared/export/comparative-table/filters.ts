import type { ArticlePair } from '../../editions/types'

/** What a reader can ask to see of a comparison: the compare view's filters and the table's rows alike. */
export const pairFilters = ['changed', 'inserted', 'deleted', 'renumbered'] as const
export type PairFilter = (typeof pairFilters)[number]

/** Whether an article pair is one of the kinds chosen; a moved article counts as renumbered (its place changed). */
export function pairMatches(pair: ArticlePair, chosen: ReadonlySet<PairFilter>): boolean {
  if (chosen.has('changed') && pair.status === 'changed') return true
  if (chosen.has('inserted') && pair.status === 'inserted') return true
  if (chosen.has('deleted') && pair.status === 'deleted') return true
  return chosen.has('renumbered') && (pair.renumbered || pair.moved)
}

/**
 * What a comparative table lists unless told otherwise: articles whose wording changed, was inserted or was
 * deleted. An article only renumbered reads the same in both columns; the compare view can ask for those too.
 */
export const wordingChanges: ReadonlySet<PairFilter> = new Set(['changed', 'inserted', 'deleted'])
