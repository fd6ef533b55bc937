import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJSON, sameValue } from './canonical'

/** A JSON value and a copy of it with every object's keys in another order (and undefined-valued keys). */
const reordered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reordered)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries([...entries.map(([key, entry]) => [key, reordered(entry)]), ['absent', undefined]])
}

describe('sameValue', () => {
  it('answers exactly as comparing canonical texts does', () => {
    const json = fc.jsonValue({ maxDepth: 3 })
    const pairs = fc.oneof(
      fc.tuple(json, json),
      json.map((value) => [value, reordered(value)] as const),
      json.map((value) => [value, JSON.parse(JSON.stringify(value)) as unknown] as const)
    )
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(sameValue(a, b)).toBe(canonicalJSON(a) === canonicalJSON(b))
      }),
      { numRuns: 2000 }
    )
  })

  it('tells apart values that differ only deep inside, and treats key order and absent keys as the same', () => {
    const note = { doc: { type: 'doc', content: [{ type: 'text', text: 'a' }] } }
    expect(sameValue(note, { doc: { content: [{ text: 'a', type: 'text' }], type: 'doc' } })).toBe(true)
    expect(sameValue(note, { doc: { type: 'doc', content: [{ type: 'text', text: 'b' }] } })).toBe(false)
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue([1, undefined], [1, null])).toBe(true)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue(undefined, null)).toBe(false)
  })
})
