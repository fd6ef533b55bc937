import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settleTaxonomy } from './taxonomy'

type T = { id: string; parentId: string | null }

function isForest(tags: T[]): boolean {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  return tags.every((tag) => {
    const seen = new Set<string>()
    for (let id: string | null = tag.id; id !== null; id = byId.get(id)!.parentId) {
      if (seen.has(id) || !byId.has(id)) return false
      seen.add(id)
    }
    return true
  })
}

describe('settling a merged taxonomy', () => {
  it('moves a tag whose parent was deleted to the top level', () => {
    expect(settleTaxonomy([{ id: 'child', parentId: 'gone' }])).toEqual([{ id: 'child', parentId: null }])
  })

  it('breaks a cycle made by two colleagues at its smallest id, and keeps the rest', () => {
    const tags = [
      { id: 'b', parentId: 'a' },
      { id: 'a', parentId: 'b' },
      { id: 'c', parentId: 'a' }
    ]
    expect(settleTaxonomy(tags)).toEqual([
      { id: 'b', parentId: 'a' },
      { id: 'a', parentId: null },
      { id: 'c', parentId: 'a' }
    ])
  })

  it('always yields a forest, touching only tags that broke it, whatever the parent links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    const links = fc.array(fc.constantFrom(...ids, 'gone', null), { minLength: ids.length, maxLength: ids.length })
    fc.assert(
      fc.property(links, (parents) => {
        const tags = ids.map((id, index) => ({ id, parentId: parents[index] ?? null }))
        const settled = settleTaxonomy(tags)
        expect(isForest(settled)).toBe(true)
        if (isForest(tags)) expect(settled).toEqual(tags)
        settled.forEach((tag, index) => expect(tag.parentId === tags[index]!.parentId || tag.parentId === null).toBe(true))
      })
    )
  })
})
