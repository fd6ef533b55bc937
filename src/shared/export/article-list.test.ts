import { describe, expect, it } from 'vitest'
import { articleEIdsByNum, choosableParts, parseArticleList } from './article-list'
import { sampleDocument } from './sample-project'

describe('parseArticleList', () => {
  it('reads numbers, ranges with hyphens or dashes, and numbered amendments', () => {
    expect(parseArticleList('1–3, 12; 42-1')).toEqual({ nums: ['1', '2', '3', '12', '42-1'] })
  })
  it('names the piece it cannot read', () => {
    expect(parseArticleList('1, <script>')).toEqual({ invalid: '<script>' })
  })
  it('does not expand an absurd range', () => {
    expect(parseArticleList('1-99999999')).toEqual({ nums: ['1-99999999'] })
  })
})

describe('document lookups', () => {
  const doc = sampleDocument({ parts: 2, articles: 3 })
  it('finds article eIds by number and lists the parts', () => {
    expect([...articleEIdsByNum(doc)]).toEqual([['1', 'art_1'], ['2', 'art_2'], ['3', 'art_3']])
    expect(choosableParts(doc)).toEqual([{ eId: 'part_1', title: 'Part I. Provisions on topic 1' }, { eId: 'part_2', title: 'Part II. Provisions on topic 2' }])
  })
})
