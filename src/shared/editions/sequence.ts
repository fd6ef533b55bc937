/**
 * Order-keeping pairing of two short sequences (the clauses of an article, the articles between two fixed
 * points): the most pairs that keep both orders, and among those the most alike, as in Needleman-Wunsch with
 * no gap cost. Counting pairs first keeps one look-alike far off (laws reuse their wording) from displacing
 * the run of reworded provisions it would cross. Items less alike than `threshold` are never paired; `window` bounds how far apart in
 * relative position two items may be, so that long runs cost little.
 */

export interface SequenceOptions {
  threshold: number
  /** Compare only items whose relative positions differ by at most this many places (default: all). */
  window?: number
}

/** Index pairs [old, new] in order; unpaired items are left out. */
export function pairInOrder(oldCount: number, newCount: number, similarity: (oldIndex: number, newIndex: number) => number, options: SequenceOptions): [number, number][] {
  if (oldCount === 0 || newCount === 0) return []
  const width = newCount + 1
  const score = new Float64Array((oldCount + 1) * width)
  const pairScore = new Float64Array((oldCount + 1) * width)
  const scale = newCount / oldCount
  for (let i = 1; i <= oldCount; i++) {
    for (let j = 1; j <= newCount; j++) {
      const near = options.window === undefined || Math.abs((i - 1) * scale - (j - 1)) <= options.window
      const alike = near ? similarity(i - 1, j - 1) : 0
      const paired = alike >= options.threshold ? score[(i - 1) * width + j - 1]! + 1 + alike : -1
      pairScore[i * width + j] = paired
      score[i * width + j] = Math.max(paired, score[(i - 1) * width + j]!, score[i * width + j - 1]!)
    }
  }
  const pairs: [number, number][] = []
  let i = oldCount
  let j = newCount
  while (i > 0 && j > 0) {
    const here = score[i * width + j]!
    if (pairScore[i * width + j] === here && here >= 0) {
      pairs.push([i - 1, j - 1])
      i--
      j--
    } else if (score[(i - 1) * width + j] === here) i--
    else j--
  }
  return pairs.reverse()
}

/** The indexes (into `values`) of a longest strictly increasing subsequence, in order. */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []
  const previous = new Array<number>(values.length).fill(-1)
  for (let index = 0; index < values.length; index++) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]!]! < values[index]!) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  }
  const result: number[] = []
  for (let at = tails[tails.length - 1] ?? -1; at !== -1; at = previous[at]!) result.push(at)
  return result.reverse()
}
