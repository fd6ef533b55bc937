import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import { buildOutline } from '../document/outline'
import { generateLegalText } from '../fixtures/generate-text'
import { importPlainText } from './plain-text'

function imported(text: string) {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(`import refused: ${outcome.error.code}`)
  return { ...outcome, node: legalSchema.nodeFromJSON(outcome.doc) }
}

describe('plain-text importer', () => {
  it('recognises a preamble, 11 parts and 95 articles in a generated constitution', () => {
    const { report, node } = imported(generateLegalText({ parts: 11, articles: 95 }))
    expect(report.counts).toMatchObject({ preamble: true, parts: 11, articles: 95 })
    expect(report.warnings).toEqual([])
    expect(() => node.check()).not.toThrow()
    const outline = buildOutline(node)
    expect(outline.filter((entry) => entry.kind === 'part')).toHaveLength(11)
    expect(outline.flatMap((entry) => entry.children).map((entry) => entry.eId)).toContain('art_42')
  })

  it('keeps clause and sub-point numbers as printed and names them the Akoma Ntoso way', () => {
    const { doc } = imported('Title\nArticle 7. Rights\n1. Everyone is equal.\n2. The law protects:\n1) life;\n2) dignity.\nText after the list.')
    const article = doc.content!.find((node) => node.type === 'article')!
    expect(article.attrs).toMatchObject({ eId: 'art_7', num: '7', label: 'Article 7' })
    const clauses = article.content!.filter((node) => node.type === 'clause')
    expect(clauses.map((clause) => clause.attrs?.['eId'])).toEqual(['art_7__para_1', 'art_7__para_2'])
    const points = clauses[1]!.content!.filter((node) => node.type === 'subpoint')
    expect(points.map((point) => point.attrs?.['eId'])).toEqual(['art_7__para_2__point_1', 'art_7__para_2__point_2'])
    expect(legalSchema.nodeFromJSON(doc).textContent).toContain('Text after the list.')
  })

  it('never drops text: lines before the first heading become the title and preamble', () => {
    const source = 'The Charter\nWe, the members, agree.\nAs follows.\nArticle 1\nMembership is open.'
    const { doc, report } = imported(source)
    const text = legalSchema.nodeFromJSON(doc).textContent
    for (const line of ['The Charter', 'We, the members, agree.', 'As follows.', 'Membership is open.']) expect(text).toContain(line)
    expect(report.counts.preamble).toBe(true)
  })

  it('warns about gaps, repeats and order in article numbering, and empty articles', () => {
    const { report } = imported('T\nArticle 1\nA.\nArticle 3\nB.\nArticle 3\nC.\nArticle 2\nArticle 4\nD.')
    const codes = report.warnings.map((warning) => `${warning.code}:${warning.params['num'] ?? ''}`)
    expect(codes).toContain('numberingGap:3')
    expect(codes).toContain('numberingRepeat:3')
    expect(codes).toContain('numberingOrder:2')
    expect(codes).toContain('emptyArticle:2')
  })

  it('accepts inserted articles numbered "1-1" without calling them a gap', () => {
    const { report } = imported('T\nArticle 1\nA.\nArticle 1-1\nB.\nArticle 2\nC.')
    expect(report.warnings).toEqual([])
    expect(report.counts.articles).toBe(3)
  })

  it('refuses an empty text and a text without articles, with reasons', () => {
    expect(importPlainText(' \n\n ')).toMatchObject({ ok: false, error: { code: 'errorImportEmpty' } })
    expect(importPlainText('Dear colleague,\nno law here.')).toMatchObject({ ok: false, error: { code: 'errorImportNoArticles' } })
  })
})
