import { describe, expect, it } from 'vitest'
import { generateLegalText, type GeneratedLanguage } from '../fixtures/generate-text'
import { detectLanguage } from './language'
import { patternsFor } from './patterns'
import { importPlainText } from './plain-text'
import { recogniseLine } from './recognise'

const languages: GeneratedLanguage[] = ['en', 'ru', 'kk']

describe('constitution-shaped texts in three languages', () => {
  for (const language of languages) {
    it(`reads a ${language} text as preamble, 11 parts, 95 articles`, () => {
      const outcome = importPlainText(generateLegalText({ language, parts: 11, articles: 95 }))
      if (!outcome.ok) throw new Error(outcome.error.code)
      expect(outcome.report.language).toBe(language)
      expect(outcome.report.counts).toMatchObject({ preamble: true, parts: 11, chapters: 0, articles: 95 })
      expect(outcome.report.counts.clauses).toBeGreaterThan(95)
      expect(outcome.report.counts.subpoints).toBeGreaterThan(0)
      expect(outcome.report.warnings).toEqual([])
    })

    it(`reads ${language} chapters inside parts`, () => {
      const outcome = importPlainText(generateLegalText({ language, parts: 3, articles: 12, chaptersPerPart: 2 }))
      if (!outcome.ok) throw new Error(outcome.error.code)
      expect(outcome.report.counts).toMatchObject({ parts: 3, chapters: 6, articles: 12 })
    })
  }
})

describe('heading variants', () => {
  const cases: [string, string, string][] = [
    ['Part I', 'part', '1'],
    ['PART IV. The courts', 'part', '4'],
    ['Section 2 – Rights', 'part', '2'],
    ['Раздел I', 'part', '1'],
    ['РАЗДЕЛ II. ГОСУДАРСТВО', 'part', '2'],
    ['I бөлім', 'part', '1'],
    ['ІІ бөлім. Мемлекет', 'part', '2'],
    ['3-бөлім', 'part', '3'],
    ['Chapter 3', 'chapter', '3'],
    ['Глава 2. Права', 'chapter', '2'],
    ['2-тарау. Құқықтар', 'chapter', '2'],
    ['Article 5', 'article', '5'],
    ['Article 5-1.', 'article', '5-1'],
    ['Статья 5', 'article', '5'],
    ['Статья 12. Собственность', 'article', '12'],
    ['5-бап', 'article', '5'],
    ['5 бап.', 'article', '5'],
    ['5-1-бап', 'article', '5-1'],
    ['1. Clause text', 'clause', '1'],
    ['1-1. Inserted clause', 'clause', '1-1'],
    ['1) first', 'subpoint', '1'],
    ['a) Latin letter', 'subpoint', 'a'],
    ['а) кириллица', 'subpoint', 'а'],
    ['ә) қазақша', 'subpoint', 'ә']
  ]
  for (const [line, kind, num] of cases) {
    it(`reads “${line}” as ${kind} ${num}`, () => {
      const token = recogniseLine(line, patternsFor('en'))
      expect(token.kind).toBe(kind)
      expect('num' in token && token.num.replace(/^[IVX]+$/, (roman) => String({ I: 1, II: 2, III: 3, IV: 4 }[roman]))).toBe(num)
    })
  }

  const prose = ['Preambles are short.', '4-бапта көрсетілгендей қолданылады.', 'Статьями 5 и 6 установлено', 'Articles 1 to 3 apply.', 'The 5 бапы']
  for (const line of prose) {
    it(`leaves the prose line “${line}” as text`, () => {
      expect(recogniseLine(line, patternsFor('kk')).kind).toBe('text')
    })
  }

  it('recognises the preamble in each language', () => {
    for (const word of ['Preamble', 'Преамбула', 'Кіріспе', 'КІРІСПЕ']) expect(recogniseLine(word, patternsFor('ru')).kind).toBe('preamble')
  })
})

describe('language detection', () => {
  it('tells Kazakh from Russian from English', () => {
    expect(detectLanguage('Мемлекет туралы заң қолданылады. Әркімнің құқығы бар.')).toBe('kk')
    expect(detectLanguage('Закон о государстве применяется. Каждый имеет право.')).toBe('ru')
    expect(detectLanguage('The law on the state applies. Everyone has the right.')).toBe('en')
  })
})

describe('text that belongs to no article', () => {
  it('is kept and reported', () => {
    const outcome = importPlainText('Title\n\nPart I\nA note between the part and its first article.\nMore words here that are not a heading.\nArticle 1\nText.')
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(JSON.stringify(outcome.doc)).toContain('More words here that are not a heading.')
    expect(outcome.report.warnings.map((warning) => warning.code)).toContain('textOutsideArticle')
  })
})

describe('the preamble heading', () => {
  it('labels a preamble that opening text had already started, and drops nothing', () => {
    const outcome = importPlainText('Site name\nConstitution of Examplestan\nPreamble\nWe adopt this.\nPreamble\nArticle 1\nText.')
    if (!outcome.ok) throw new Error(outcome.error.code)
    const preamble = outcome.doc.content?.find((node) => node.type === 'preamble')
    expect(preamble?.attrs?.['label']).toBe('Preamble')
    expect(JSON.stringify(preamble)).toContain('Constitution of Examplestan')
    expect(JSON.stringify(preamble).match(/Preamble/g)).toHaveLength(2)
  })
})
