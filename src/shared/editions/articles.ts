import { longestIncreasing, pairInOrder } from './sequence'
import { pairThreshold, rewriteThreshold, shingles, similarity, type Shingles } from './similarity'
import type { EditionUnit } from './units'

/** Pairing the articles of two editions (steps 1 to 3 of align.ts), by content or, across languages, by number. */

/** Between two fixed points, where order is known, less likeness suffices. */
const inOrderThreshold = 0.3
/** Gaps larger than this many candidate pairs are compared only near the diagonal. */
const fullComparisonLimit = 10_000
const diagonalWindow = 40

/** An article with its bigrams, computed once. */
export interface Indexed {
  unit: EditionUnit
  shingles: Shingles
}

export function indexed(units: EditionUnit[]): Indexed[] {
  return units.map((unit) => ({ unit, shingles: shingles(unit.text) }))
}

/** Old index -> new index of the articles (steps 1 to 3 of align.ts). */
export function pairArticles(old: Indexed[], revised: Indexed[]): Map<number, number> {
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
export function pairByNumber(old: EditionUnit[], revised: EditionUnit[]): Map<number, number> {
  return new Map(pairInOrder(old.length, revised.length, (i, j) => (old[i]!.num === revised[j]!.num ? 1 : 0), { threshold: 1, window: old.length * revised.length > fullComparisonLimit ? diagonalWindow : undefined }))
}


function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index)
}
