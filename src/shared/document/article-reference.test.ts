import { describe, expect, it } from 'vitest'
import { articleNumberFrom } from './article-reference'

describe('articleNumberFrom', () => {
  it('reads the article number however a law is cited in kk, ru and en', () => {
    const typed = ['40', ' 40 ', '40-бап', '40 бап', 'бап 40', '40-шы бап', '40-бабы', 'статья 40', 'Статья 40.', 'ст. 40', 'Ст.40', 'Art. 40', 'article 40', 'ARTICLE 40', '§ 40']
    for (const text of typed) expect(articleNumberFrom(text), text).toBe('40')
  })

  it('keeps the number of an inserted article', () => {
    expect(articleNumberFrom('42-1')).toBe('42-1')
    expect(articleNumberFrom('42.1')).toBe('42-1')
    expect(articleNumberFrom('статья 42-1')).toBe('42-1')
    expect(articleNumberFrom('42-1-бап')).toBe('42-1')
  })

  it('names no article in text that is not a reference', () => {
    for (const text of ['', 'бап', 'статья', 'forty', '40 apples', 'ст. сорок']) expect(articleNumberFrom(text), text).toBeNull()
  })
})
