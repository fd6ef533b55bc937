import type { DocJSON } from '../document/types'
import { longestIncreasing, pairInOrder } from './sequence'
import { shingles, similarity, type Shingles } from './similarity'
import { editionStructure, type EditionStructure, type EditionUnit, type Segment } from './units'
import { wordDiff, type WordChange } from './word-diff'

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

export type PairStatus = 'unchanged' | 'changed' | 'inserted' | 'deleted'

export interface SegmentPair {
  from: Segment | null
  to: Segment | null
  status: PairStatus
  renumbered: boolean
  /** The word diff of a changed segment. */
  diff?: WordChange[]
}

export interface ArticlePair {
  from: EditionUnit | null
  to: EditionUnit | null
  status: PairStatus
  /** Paired articles whose numbers differ. */
  renumbered: boolean
  /** Paired articles out of the order of the others, or now in another part or chapter. */
  moved: boolean
  segments: SegmentPair[]
}

export interface ContainerPair {
  from: EditionUnit | null
  to: EditionUnit | null
  status: PairStatus
}

export interface EditionAlignment {
  old: EditionStructure
  revised: EditionStructure
  /** One entry per article of either edition, in the revised edition's order, deleted ones where they stood. */
  articles: ArticlePair[]
  containers: ContainerPair[]
  /** The pair of an old edition's article or container, by its eId. */
  pairOf(oldEId: string): ArticlePair | ContainerPair | undefined
}

export interface AlignOptions {
  /** BCP 47 language of the texts, for the word diff (default en). */
  language?: string
  /**
   * `structure` pairs articles and clauses by their numbers alone, in order: for the same law in two languages,
   * whose wordings cannot be compared. Pairs still say whether the text is the same (a translation never is)
   * and carry no word diff. Default `content`.
   */
  by?: 'content' | 'structure'
}

/** Below this similarity two articles or clauses are different provisions. */
const pairThreshold = 0.5
/** Between two fixed points, where order is known, less likeness suffices. */
const inOrderThreshold = 0.3
/** Two lone articles between the same fixed points are one rewritten article if at least this alike (or same number). */
const rewriteThreshold = 0.2
/** Gaps larger than this many candidate pairs are compared only near the diagonal. */
const fullComparisonLimit = 10_000
const diagonalWindow = 40

interface Indexed {
  unit: EditionUnit
  shingles: Shingles
}

function indexed(units: EditionUnit[]): Indexed[] {
  return units.map((unit) => ({ unit, shingles: shingles(unit.text) }))
}

/** Old index -> new index of the articles (step 1 to 3 above). */
function pairArticles(old: Indexed[], revised: Indexed[]): Map<number, number> {
  const pairs = new Map<number, number>()
  const taken = new Set<number>()
  const pair = (i: number, j: number) => {
    pairs.set(i, j)
    taken.add(j)
  }
  const occurrences = (items: Indexed[]) => {
    const byKey = new Map<string, number[]>()
    items.forEach((item, index) => {
      const list = byKey.get(item.shingles.key)
      if (list) list.push(index)
      else byKey.set(item.shingles.key, [index])
    })
    return byKey
  }
  const oldByKey = occurrences(old)
  const newByKey = occurrences(revised)
  const unique: [number, number][] = []
  for (const [key, oldIndexes] of oldByKey) {
    const newIndexes = newByKey.get(key)
    if (oldIndexes.length === 1 && newIndexes?.length === 1) unique.push([oldIndexes[0]!, newIndexes[0]!])
  }
  for (const [i, j] of unique) pair(i, j)
  // Clear likenesses join the fixed points when choosing the backbone, so that one moved article cannot
  // outvote a run of reworded ones that keep their order.
  const points = [...unique, ...likelyPairs(old, revised, pairs, taken)].sort((a, b) => a[0] - b[0])
  const backbone = longestIncreasing(points.map(([, j]) => j)).map((index) => points[index]!)
  for (const [i, j] of backbone) if (!pairs.has(i)) pair(i, j)

  // Between consecutive fixed points (and before the first, after the last).
  const fixed: [number, number][] = [[-1, -1], ...backbone, [old.length, revised.length]]
  const lone: [number, number][] = []
  for (let k = 1; k < fixed.length; k++) {
    const oldGap = range(fixed[k - 1]![0] + 1, fixed[k]![0]).filter((i) => !pairs.has(i))
    const newGap = range(fixed[k - 1]![1] + 1, fixed[k]![1]).filter((j) => !taken.has(j))
    const window = oldGap.length * newGap.length > fullComparisonLimit ? diagonalWindow : undefined
    for (const [a, b] of pairInOrder(oldGap.length, newGap.length, (a, b) => similarity(old[oldGap[a]!]!.shingles, revised[newGap[b]!]!.shingles), { threshold: inOrderThreshold, window })) {
      pair(oldGap[a]!, newGap[b]!)
    }
    const oldLeft = oldGap.filter((i) => !pairs.has(i))
    const newLeft = newGap.filter((j) => !taken.has(j))
    if (oldLeft.length === 1 && newLeft.length === 1) lone.push([oldLeft[0]!, newLeft[0]!])
  }

  // Across the whole text: moved and reworded at once. Few articles are left by now.
  const oldLeft = range(0, old.length).filter((i) => !pairs.has(i))
  const newLeft = range(0, revised.length).filter((j) => !taken.has(j))
  const candidates: [number, number, number][] = []
  if (oldLeft.length * newLeft.length <= fullComparisonLimit * 10) {
    for (const i of oldLeft) for (const j of newLeft) {
      const alike = similarity(old[i]!.shingles, revised[j]!.shingles)
      if (alike >= pairThreshold) candidates.push([alike, i, j])
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i, j] of candidates) if (!pairs.has(i) && !taken.has(j)) pair(i, j)
  for (const [i, j] of lone) {
    if (pairs.has(i) || taken.has(j)) continue
    if (old[i]!.unit.num === revised[j]!.unit.num || similarity(old[i]!.shingles, revised[j]!.shingles) >= rewriteThreshold) pair(i, j)
  }
  return pairs
}

/** Bigrams shared by at most this many articles (or the square root of their number) find candidates; commoner ones are stock phrasing. */
const rareBigramLimit = 8
/** A likely pair must be at least this much more alike than the runner-up. */
const likelyMargin = 0.1

/** For each unpaired old article, its clearly most alike unpaired new article, found through rare shared bigrams. */
function likelyPairs(old: Indexed[], revised: Indexed[], pairs: Map<number, number>, taken: Set<number>): [number, number][] {
  const postings = new Map<string, number[]>()
  revised.forEach((item, j) => {
    if (taken.has(j)) return
    for (const gram of item.shingles.counts.keys()) {
      const list = postings.get(gram)
      if (list) list.push(j)
      else postings.set(gram, [j])
    }
  })
  const result: [number, number][] = []
  old.forEach((item, i) => {
    if (pairs.has(i)) return
    const candidates = new Set<number>()
    for (const gram of item.shingles.counts.keys()) {
      const list = postings.get(gram)
      if (list && list.length <= Math.max(rareBigramLimit, Math.sqrt(revised.length))) for (const j of list) candidates.add(j)
    }
    let best = -1
    let bestScore = 0
    let second = 0
    for (const j of candidates) {
      const score = similarity(item.shingles, revised[j]!.shingles)
      if (score > bestScore) {
        second = bestScore
        bestScore = score
        best = j
      } else if (score > second) second = score
    }
    if (best >= 0 && bestScore >= pairThreshold && bestScore - second >= likelyMargin) result.push([i, best])
  })
  return result
}

/** Old index -> new index of articles with the same number, in order (editions in two languages). */
function pairByNumber(old: EditionUnit[], revised: EditionUnit[]): Map<number, number> {
  return new Map(pairInOrder(old.length, revised.length, (i, j) => (old[i]!.num === revised[j]!.num ? 1 : 0), { threshold: 1, window: old.length * revised.length > fullComparisonLimit ? diagonalWindow : undefined }))
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index)
}

/** Pairs the segments of two paired articles in order; a changed one gets its word diff. */
export function pairSegments(from: Segment[], to: Segment[], language: string, by: AlignOptions['by'] = 'content'): SegmentPair[] {
  // Most articles are unchanged: their segments pair one to one without comparing wordings.
  if (from.length === to.length && from.every((segment, index) => segment.text === to[index]!.text)) {
    return from.map((segment, index) => ({ from: segment, to: to[index]!, status: 'unchanged', renumbered: segment.num !== to[index]!.num }))
  }
  const fromShingles = from.map((segment) => shingles(segment.text))
  const toShingles = to.map((segment) => shingles(segment.text))
  const byStructure = by === 'structure'
  const matched = pairInOrder(from.length, to.length, (a, b) => {
    // A heading pairs only with a heading, a clause preferably with a clause.
    if ((from[a]!.kind === 'heading') !== (to[b]!.kind === 'heading')) return 0
    if (byStructure) return from[a]!.kind === to[b]!.kind && from[a]!.key.split('__').at(-1) === to[b]!.key.split('__').at(-1) ? 1 : 0
    return similarity(fromShingles[a]!, toShingles[b]!)
  }, { threshold: pairThreshold })
  const result: SegmentPair[] = []
  const paired = (i: number, j: number): SegmentPair => {
    const same = fromShingles[i]!.key === toShingles[j]!.key
    const before = from[i]!
    const after = to[j]!
    const diff = same || byStructure ? {} : { diff: wordDiff(before.text, after.text, language) }
    return { from: before, to: after, status: same ? 'unchanged' : 'changed', renumbered: before.num !== after.num, ...diff }
  }
  let a = 0
  let b = 0
  // What lies between two pairs: one segment on each side in the same place is one rewritten segment.
  const flush = (untilA: number, untilB: number) => {
    const lone = untilA - a === 1 && untilB - b === 1 && from[a]!.kind === to[b]!.kind
    if (lone && !byStructure && (from[a]!.num === to[b]!.num || similarity(fromShingles[a]!, toShingles[b]!) >= rewriteThreshold)) {
      result.push(paired(a++, b++))
      return
    }
    for (; a < untilA; a++) result.push({ from: from[a]!, to: null, status: 'deleted', renumbered: false })
    for (; b < untilB; b++) result.push({ from: null, to: to[b]!, status: 'inserted', renumbered: false })
  }
  for (const [i, j] of matched) {
    flush(i, j)
    result.push(paired(i, j))
    a = i + 1
    b = j + 1
  }
  flush(from.length, to.length)
  return result
}

/** The nearest container of `kind` around a unit (itself included), following `container` links. */
function ancestorOf(unit: EditionUnit | undefined, kind: 'part' | 'chapter', byEId: Map<string, EditionUnit>): EditionUnit | undefined {
  for (let at = unit; at; at = at.container ? byEId.get(at.container) : undefined) if (at.kind === kind) return at
  return undefined
}

/** Pairs preamble with preamble, and each part and chapter with the one that received most of its articles. */
function pairContainers(old: EditionStructure, revised: EditionStructure, articlePairs: Map<number, number>): Map<EditionUnit, EditionUnit> {
  const result = new Map<EditionUnit, EditionUnit>()
  const taken = new Set<EditionUnit>()
  const oldByEId = new Map(old.containers.map((unit) => [unit.eId, unit]))
  const newByEId = new Map(revised.containers.map((unit) => [unit.eId, unit]))
  const oldPreamble = old.containers.find((unit) => unit.kind === 'preamble')
  const newPreamble = revised.containers.find((unit) => unit.kind === 'preamble')
  if (oldPreamble && newPreamble) result.set(oldPreamble, newPreamble)
  for (const kind of ['part', 'chapter'] as const) {
    const votes = new Map<EditionUnit, Map<EditionUnit, number>>()
    for (const [i, j] of articlePairs) {
      const from = ancestorOf(oldByEId.get(old.articles[i]!.container), kind, oldByEId)
      const to = ancestorOf(newByEId.get(revised.articles[j]!.container), kind, newByEId)
      if (!from || !to) continue
      const tally = votes.get(from) ?? new Map<EditionUnit, number>()
      tally.set(to, (tally.get(to) ?? 0) + 1)
      votes.set(from, tally)
    }
    const oldOfKind = old.containers.filter((unit) => unit.kind === kind)
    for (const from of oldOfKind) {
      const ranked = [...(votes.get(from) ?? [])].filter(([to]) => !taken.has(to)).sort((a, b) => b[1] - a[1])
      const to = ranked[0]?.[0]
      if (to) {
        result.set(from, to)
        taken.add(to)
      }
    }
    // A part that kept no article of its own: the one of the same number, if free.
    for (const from of oldOfKind) {
      if (result.has(from)) continue
      const to = revised.containers.find((unit) => unit.kind === kind && unit.num === from.num && !taken.has(unit))
      if (to) {
        result.set(from, to)
        taken.add(to)
      }
    }
  }
  return result
}

function containerStatus(from: EditionUnit, to: EditionUnit): PairStatus {
  return shingles(from.text).key === shingles(to.text).key ? 'unchanged' : 'changed'
}

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
