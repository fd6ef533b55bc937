import { pairInOrder } from './sequence'
import { pairThreshold, rewriteThreshold, shingles, similarity } from './similarity'
import type { AlignOptions, SegmentPair } from './types'
import type { Segment } from './units'
import { wordDiff } from './word-diff'

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
