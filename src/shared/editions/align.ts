import type { DocJSON } from '../document/types'
import { indexed, pairArticles, pairByNumber } from './articles'
import { containerStatus, pairContainers } from './containers'
import { pairSegments } from './segments'
import { longestIncreasing } from './sequence'
import type { AlignOptions, ArticlePair, ContainerPair, EditionAlignment } from './types'
import { editionStructure } from './units'

/**
 * Aligns two editions of one law by structure and content, not by number: an article is paired with the
 * article of the other edition that reads the same or most alike, so an inserted article (which renumbers
 * every later one), a moved article, a deleted one and a reworded one are each seen for what they are.
 *
 * 1. Articles whose wording occurs once in each edition are fixed points, and so is each article's clearly
 *    most alike counterpart (found through the rare word pairs they share); the longest run of them that
 *    keeps the order of both editions is the backbone, the identical ones outside it were moved.
 * 2. Between two fixed points, the remaining articles are paired in order by similarity (pairInOrder).
 * 3. What is still unpaired is paired across the whole text by similarity (moved and reworded), or, when
 *    exactly one article of each edition stands between the same fixed points, as a rewrite of that article.
 * Clauses are then paired inside each article pair the same way, so an inserted "2-1." is a new clause and
 * not a change to every later one; reworded clauses get a word diff.
 */

export type { AlignOptions, ArticlePair, ContainerPair, EditionAlignment, PairStatus, SegmentPair } from './types'

/** Aligns two imported documents (as src/shared/import produces them). */
export function alignEditions(oldDoc: DocJSON, newDoc: DocJSON, options: AlignOptions = {}): EditionAlignment {
  const language = options.language ?? 'en'
  const old = editionStructure(oldDoc)
  const revised = editionStructure(newDoc)
  const oldIndexed = indexed(old.articles)
  const newIndexed = indexed(revised.articles)
  const articlePairs = options.by === 'structure' ? pairByNumber(old.articles, revised.articles) : pairArticles(oldIndexed, newIndexed)
  const containerPairs = pairContainers(old, revised, articlePairs)

  const containers: ContainerPair[] = old.containers.map((from) => {
    const to = containerPairs.get(from)
    return to ? { from, to, status: containerStatus(from, to) } : { from, to: null, status: 'deleted' }
  })
  const pairedNew = new Set(containerPairs.values())
  for (const to of revised.containers) if (!pairedNew.has(to)) containers.push({ from: null, to, status: 'inserted' })

  const ordered = [...articlePairs].sort((a, b) => a[0] - b[0])
  const inOrder = new Set(longestIncreasing(ordered.map(([, j]) => j)).map((index) => ordered[index]![0]))
  const containerEId = new Map([...containerPairs].map(([from, to]) => [from.eId, to.eId]))
  const byNew = new Map<number, ArticlePair>()
  for (const [i, j] of ordered) {
    const from = old.articles[i]!
    const to = revised.articles[j]!
    const segments = pairSegments(from.segments, to.segments, language, options.by)
    const changed = oldIndexed[i]!.shingles.key !== newIndexed[j]!.shingles.key
    const otherContainer = (containerEId.get(from.container) ?? from.container) !== to.container
    byNew.set(j, { from, to, status: changed ? 'changed' : 'unchanged', renumbered: from.num !== to.num, moved: !inOrder.has(i) || otherContainer, segments })
  }

  // Revised order; a deleted article follows the pair of the old article before it.
  const deletedAfter = new Map<number, ArticlePair[]>()
  let previousNew = -1
  old.articles.forEach((from, i) => {
    const j = articlePairs.get(i)
    if (j !== undefined) {
      previousNew = j
      return
    }
    const deleted: ArticlePair = { from, to: null, status: 'deleted', renumbered: false, moved: false, segments: from.segments.map((segment) => ({ from: segment, to: null, status: 'deleted', renumbered: false })) }
    deletedAfter.set(previousNew, [...(deletedAfter.get(previousNew) ?? []), deleted])
  })
  const articles: ArticlePair[] = [...(deletedAfter.get(-1) ?? [])]
  revised.articles.forEach((to, j) => {
    articles.push(byNew.get(j) ?? { from: null, to, status: 'inserted', renumbered: false, moved: false, segments: to.segments.map((segment) => ({ from: null, to: segment, status: 'inserted', renumbered: false })) })
    articles.push(...(deletedAfter.get(j) ?? []))
  })

  const byOldEId = new Map<string, ArticlePair | ContainerPair>()
  for (const pair of [...articles, ...containers]) if (pair.from) byOldEId.set(pair.from.eId, pair)
  return { old, revised, articles, containers, pairOf: (eId) => byOldEId.get(eId) }
}
