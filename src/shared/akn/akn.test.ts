import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'
import { generateLegalText, type GeneratedLanguage } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { exportAkomaNtoso } from './export'
import { importAkomaNtoso } from './import'

/** The document without what the import read about it (FRBR metadata): a text from plain text has none. */
const withoutMetadata = (doc: DocJSON) => ({ ...doc, attrs: undefined })

const imported = (text: string) => {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome
}

describe('Akoma Ntoso 3.0', () => {
  for (const language of ['en', 'ru', 'kk'] as GeneratedLanguage[]) {
    it(`round-trips a ${language} constitution: import(export(doc)) equals doc`, () => {
      const { doc, report } = imported(generateLegalText({ language, parts: 11, articles: 95, chaptersPerPart: 1 }))
      const xml = exportAkomaNtoso(doc, { language: report.language, date: '2026-11-23' })
      const back = importAkomaNtoso(xml)
      if (!back.ok) throw new Error(back.error.code)
      expect(withoutMetadata(back.doc)).toEqual(doc)
      expect(back.report).toMatchObject({ format: 'akn', language, counts: report.counts })
    })
  }

  it('writes AKN elements with eIds, num and heading', () => {
    const { doc } = imported(generateLegalText({ parts: 1, articles: 3 }))
    const xml = exportAkomaNtoso(doc)
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"')
    expect(xml).toMatch(/<part eId="part_1" glossa:num="1">\s*<num>Part I<\/num>\s*<heading>Provisions on the state<\/heading>/)
    expect(xml).toMatch(/<article eId="art_2" glossa:num="2">\s*<num>Article 2<\/num>\s*<paragraph eId="art_2__para_1"/)
    expect(xml).toMatch(/<paragraph eId="art_2__para_2" glossa:num="2">\s*<num>2\.<\/num>\s*<intro>\s*<p>Clause 2 of Article 2/)
  })

  it('escapes markup in the text and reads it back unchanged', () => {
    const { doc } = imported('Title <b>&amp;</b>\n\nArticle 1\n1. A "quoted" <tag> & an ampersand.')
    const back = importAkomaNtoso(exportAkomaNtoso(doc))
    expect(back.ok && withoutMetadata(back.doc)).toEqual(doc)
  })

  it('reads an act from another tool that has no Glossa attributes', () => {
    const xml = `<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
      <meta><identification source="#x"><FRBRExpression><FRBRlanguage language="rus"/></FRBRExpression></identification></meta>
      <body><chapter eId="chp_1"><num>Глава 1</num><article eId="art_7"><num>Статья 7</num><content><p>Текст <i>статьи</i>.</p></content></article></chapter></body></act></akomaNtoso>`
    const result = importAkomaNtoso(xml)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.report.language).toBe('ru')
    const article = result.doc.content?.[0]?.content?.[0]
    expect(article).toEqual({ type: 'article', attrs: { eId: 'art_7', num: '7', label: 'Статья 7' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст статьи.' }] }] })
    expect(() => legalSchema.nodeFromJSON(result.doc).check()).not.toThrow()
  })

  it('refuses XML that is not Akoma Ntoso, and malformed XML', () => {
    expect(importAkomaNtoso('<html><body>Article 1</body></html>')).toMatchObject({ ok: false, error: { code: 'errorImportNotAkn' } })
    expect(importAkomaNtoso('<akomaNtoso><act><body><article')).toMatchObject({ ok: false })
  })
})

describe('generated structures survive export to text and import', () => {
  const words = fc.stringMatching(/^[A-Za-z][a-z]{1,8}(?: [a-z]{1,8}){0,6}[.;]$/)
  const article = fc.record({
    intro: fc.option(words, { nil: undefined }),
    clauses: fc.array(fc.record({ text: words, subpoints: fc.array(words, { maxLength: 3 }) }), { maxLength: 4 })
  })
  const structure = fc.array(fc.array(article, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })

  it('keeps every part, article, clause and sub-point, and round-trips through AKN', () => {
    fc.assert(
      fc.property(structure, fc.constantFrom<GeneratedLanguage>('en', 'ru', 'kk'), (parts, language) => {
        const heading = { en: (n: number) => `Article ${n}`, ru: (n: number) => `Статья ${n}`, kk: (n: number) => `${n}-бап` }[language]
        const partHeading = { en: (n: number) => `Part ${n}`, ru: (n: number) => `Раздел ${n}`, kk: (n: number) => `${n}-бөлім` }[language]
        const lines = ['Generated law', '']
        let number = 0
        parts.forEach((articles, partIndex) => {
          lines.push(partHeading(partIndex + 1))
          for (const unit of articles) {
            lines.push(heading(++number))
            if (unit.intro) lines.push(unit.intro)
            unit.clauses.forEach((clause, index) => {
              lines.push(`${index + 1}. ${clause.text}`)
              clause.subpoints.forEach((text, sub) => lines.push(`${sub + 1}) ${text}`))
            })
          }
        })
        const outcome = importPlainText(lines.join('\n'))
        if (!outcome.ok) throw new Error(outcome.error.code)
        const flat = parts.flat()
        expect(outcome.report.counts).toMatchObject({
          parts: parts.length,
          articles: flat.length,
          clauses: flat.reduce((sum, unit) => sum + unit.clauses.length, 0),
          subpoints: flat.reduce((sum, unit) => sum + unit.clauses.reduce((inner, clause) => inner + clause.subpoints.length, 0), 0)
        })
        expect(() => legalSchema.nodeFromJSON(outcome.doc).check()).not.toThrow()
        const back = importAkomaNtoso(exportAkomaNtoso(outcome.doc))
        expect(back.ok && withoutMetadata(back.doc)).toEqual(outcome.doc)
      }),
      { numRuns: 150 }
    )
  }, 60_000)
})
