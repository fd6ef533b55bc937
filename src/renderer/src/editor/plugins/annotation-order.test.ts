import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocRange } from '../../../../shared/annotations/selectors'
import { sortedOrder, updateCounts, updateOrder } from './annotation-order'

const rangesOf = (starts: number[]) => new Map(starts.map((from, index): [string, DocRange] => [`a${index}`, { from, to: from + 5 }]))

describe('annotation order', () => {
  it('sorts by start, equal starts in arrival order', () => {
    expect(sortedOrder(rangesOf([30, 10, 20, 10]))).toEqual(['a1', 'a3', 'a2', 'a0'])
  })

  it('keeps the very same array when nothing changed', () => {
    const ranges = rangesOf([3, 1, 2])
    const order = sortedOrder(ranges)
    expect(updateOrder(order, ranges, new Set())).toBe(order)
  })

  it('after adding, moving and removing a few, agrees with a full sort', () => {
    const change = fc.record({ id: fc.integer({ min: 0, max: 79 }), from: fc.option(fc.integer({ min: 0, max: 10_000 })) })
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }), fc.array(change, { maxLength: 70 }), (starts, changes) => {
        const before = rangesOf(starts)
        const after = new Map(before)
        const changed = new Set<string>()
        for (const { id, from } of changes) {
          changed.add(`a${id}`)
          if (from === null) after.delete(`a${id}`)
          else after.set(`a${id}`, { from, to: from + 5 })
        }
        const order = updateOrder(sortedOrder(before), after, changed)
        // Same ids, and starts never decrease (ties may fall either way).
        expect([...order].sort()).toEqual([...after.keys()].sort())
        const froms = order.map((id) => after.get(id)!.from)
        expect(froms).toEqual([...froms].sort((a, b) => a - b))
      })
    )
  })

  it('keeps per-article counts equal to a recount after any few moves', () => {
    const recount = (articles: Map<string, string>) => {
      const counts = new Map<string, number>()
      for (const eId of articles.values()) counts.set(eId, (counts.get(eId) ?? 0) + 1)
      return counts
    }
    const placement = fc.dictionary(fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6'), fc.constantFrom('art_1', 'art_2', 'art_3'))
    fc.assert(
      fc.property(placement, placement, (before, after) => {
        const was = new Map(Object.entries(before))
        const now = new Map(Object.entries(after))
        const changed = new Set([...was.keys(), ...now.keys()].filter((id) => was.get(id) !== now.get(id)))
        expect(updateCounts(recount(was), changed, (id) => was.get(id), (id) => now.get(id))).toEqual(recount(now))
      })
    )
  })
})
