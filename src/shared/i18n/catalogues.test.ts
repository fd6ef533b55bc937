import { parse } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import type { Catalogue } from './catalogue'
import { en, type MessageKey } from './messages.en'
import { messageValues } from './message-values'
import { kk } from './messages.kk'
import { ru } from './messages.ru'
import { translate } from './translate'

/** Keys a translation deliberately keeps in English: none so far. */
const keptInEnglish: Record<'ru' | 'kk', MessageKey[]> = { ru: [], kk: [] }

const placeholders = (text: string) => [...messageValues(text)].sort()
const englishKeys = Object.keys(en) as MessageKey[]

describe.each([
  ['ru', ru as Catalogue],
  ['kk', kk as Catalogue]
] as const)('the %s catalogue', (locale, catalogue) => {
  it('translates every English key', () => {
    const missing = englishKeys.filter((key) => catalogue[key] === undefined)
    expect(missing).toEqual(keptInEnglish[locale])
  })

  it('has no key English lacks', () => {
    expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([])
  })

  it('uses exactly the placeholders of each English text', () => {
    const mismatched = englishKeys.filter((key) => catalogue[key] !== undefined && placeholders(catalogue[key]).join() !== placeholders(en[key]).join())
    expect(mismatched).toEqual([])
  })

  it('leaves no text empty and translates the interface, not just copies it', () => {
    const texts = Object.entries(catalogue)
    expect(texts.filter(([, text]) => !text?.trim())).toEqual([])
    // Product and format names stay as they are; everything else should mostly differ from English.
    const copied = texts.filter(([key, text]) => text === en[key as MessageKey])
    expect(copied.length).toBeLessThan(texts.length / 20)
  })

  it('is what translate answers in that locale, with values filled in', () => {
    expect(translate('goToNotFound', { num: 7 }, locale)).toBe(catalogue.goToNotFound!.replace('{num}', '7'))
    expect(translate('goToNotFound', { num: 7 }, locale)).not.toBe(translate('goToNotFound', { num: 7 }, 'en'))
  })
})

describe('numbers in messages', () => {
  it('choose the plural form each language asks for', () => {
    expect([1, 2, 95].map((count) => translate('importReportCountsArticles', { count }, 'en'))).toEqual(['1 article', '2 articles', '95 articles'])
    expect([1, 3, 5, 21, 95].map((count) => translate('importReportCountsArticles', { count }, 'ru'))).toEqual(['1 статья', '3 статьи', '5 статей', '21 статья', '95 статей'])
    expect([1, 95].map((count) => translate('importReportCountsArticles', { count }, 'kk'))).toEqual(['1 бап', '95 бап'])
    expect(translate('searchCount', { count: 1, articles: 1 }, 'en')).toBe('1 match in 1 unit')
  })

  it('parse in every catalogue', () => {
    for (const catalogue of [en, ru, kk] as Catalogue[]) for (const text of Object.values(catalogue)) expect(() => parse(text!)).not.toThrow()
  })
})

describe('legal vocabulary', () => {
  it('names the units as the Russian and Kazakh constitutions do', () => {
    expect([ru.unitPart, ru.unitArticle, ru.locatorChapter, ru.locatorClause, ru.outlinePreamble]).toEqual(['Раздел', 'Статья', 'Глава', 'Пункт', 'Преамбула'])
    expect([kk.unitPart, kk.unitArticle, kk.locatorChapter, kk.locatorClause, kk.outlinePreamble]).toEqual(['Бөлім', 'Бап', 'Тарау', 'Тармақ', 'Кіріспе'])
  })
})
