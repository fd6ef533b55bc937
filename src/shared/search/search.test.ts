import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import { generateLegalText } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { foldForSearch } from './fold'
import { buildSearchIndex, search } from './search'

const docFrom = (text: string) => {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return legalSchema.nodeFromJSON(outcome.doc)
}

describe('search', () => {
  it('folds Kazakh and Russian capitals and ё without moving characters', () => {
    const text = 'ӘҒҚҢӨҰҮҺІ Ёлка İstanbul'
    expect(foldForSearch(text)).toBe('әғқңөұүһі елка İstanbul')
    expect(foldForSearch(text)).toHaveLength(text.length)
  })

  it('finds Kazakh words whatever their case, grouped by article, with positions that hold the match', () => {
    const doc = docFrom(generateLegalText({ language: 'kk', parts: 2, articles: 6 }))
    const results = search(buildSearchIndex(doc), 'ӘРКІМНІҢ ҚҰҚЫҚТАРЫ')
    expect(results.total).toBeGreaterThan(3)
    expect(results.groups.map((group) => group.label)).toEqual(['1-бап', '2-бап', '3-бап', '5-бап', '6-бап'])
    for (const hit of results.groups.flatMap((group) => group.hits)) {
      expect(doc.textBetween(hit.from, hit.to)).toBe('әркімнің құқықтары')
      expect(hit.match).toBe('әркімнің құқықтары')
    }
  })

  it('finds Russian text with ё typed as е, and text outside articles under its unit', () => {
    const doc = docFrom('Закон\n\nПреамбула\nМы учли всё.\n\nРаздел I\nСтатья 1\nЕщё один пункт.')
    const results = search(buildSearchIndex(doc), 'ВСЕ')
    expect(results.groups).toMatchObject([{ eId: 'preamble', hits: [{ before: 'Мы учли ', match: 'всё', after: '.' }] }])
    expect(search(buildSearchIndex(doc), 'еще').groups.map((group) => group.eId)).toEqual(['art_1'])
  })

  it('caps the hits it returns but counts them all, and finds nothing for blank queries', () => {
    const index = buildSearchIndex(docFrom(generateLegalText({ parts: 3, articles: 60 })))
    const results = search(index, 'clause', 10)
    expect(results.shown).toBe(10)
    expect(results.total).toBeGreaterThan(10)
    expect(search(index, '   ').total).toBe(0)
  })
})
