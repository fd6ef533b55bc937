import { describe, expect, it } from 'vitest'
import { legalSchema } from './schema'
import { buildOutline, findArticle, findUnitPos } from './outline'
import { EIdRegistry, eIdFor, normaliseNum, romanToNumber } from './eid'

const text = (value: string) => ({ type: 'text', text: value })
const para = (value: string) => ({ type: 'paragraph', content: [text(value)] })
const unit = (type: string, eId: string, num: string, label: string, content: object[]) => ({ type, attrs: { eId, num, label }, content })

const sample = {
  type: 'doc',
  content: [
    { type: 'title', content: [text('Constitution')] },
    unit('preamble', 'preamble', '', 'Preamble', [para('We, the people.')]),
    unit('part', 'part_1', '1', 'Part I', [
      { type: 'heading', content: [text('General provisions')] },
      unit('article', 'art_1', '1', 'Article 1', [unit('clause', 'art_1__para_1', '1', '1.', [para('The state is secular.')])]),
      unit('article', 'art_2', '2', 'Article 2', [para('Sovereignty belongs to the people.')])
    ])
  ]
}

describe('legal-document schema', () => {
  it('accepts a preamble, parts, articles and clauses', () => {
    const doc = legalSchema.nodeFromJSON(sample)
    expect(() => doc.check()).not.toThrow()
    expect(doc.textContent).toContain('The state is secular.')
  })

  it('rejects a clause outside an article', () => {
    const bad = { type: 'doc', content: [unit('clause', 'x', '1', '1.', [para('Loose clause')])] }
    expect(() => legalSchema.nodeFromJSON(bad).check()).toThrow(RangeError)
  })

  it('rejects marks in the legal text: annotations are decorations, never part of the text', () => {
    const marked = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strong' }] }] }] }
    expect(() => legalSchema.nodeFromJSON(marked)).toThrow()
  })
})

describe('outline', () => {
  const doc = legalSchema.nodeFromJSON(sample)

  it('lists the preamble and parts with their articles, in order', () => {
    const outline = buildOutline(doc)
    expect(outline.map((entry) => entry.eId)).toEqual(['preamble', 'part_1'])
    expect(outline[1]!.heading).toBe('General provisions')
    expect(outline[1]!.children.map((entry) => entry.label)).toEqual(['Article 1', 'Article 2'])
  })

  it('gives positions that point at the unit', () => {
    const article = buildOutline(doc)[1]!.children[1]!
    expect(doc.nodeAt(article.pos)?.attrs['eId']).toBe('art_2')
    expect(findUnitPos(doc, 'art_1__para_1')).toBeDefined()
    expect(findUnitPos(doc, 'art_99')).toBeUndefined()
  })

  it('finds an article by the number the user types', () => {
    expect(findArticle(doc, ' 2 ')?.eId).toBe('art_2')
    expect(findArticle(doc, '3')).toBeUndefined()
    expect(findArticle(doc, 'статья 2')?.eId).toBe('art_2')
    expect(findArticle(doc, '2-бап')?.eId).toBe('art_2')
    expect(findArticle(doc, 'Art. 2')?.eId).toBe('art_2')
  })
})

describe('eIds', () => {
  it('follow Akoma Ntoso naming', () => {
    expect(eIdFor('article', '12')).toBe('art_12')
    expect(eIdFor('clause', '3', 'art_12')).toBe('art_12__para_3')
    expect(eIdFor('chapter', '2', 'part_1')).toBe('part_1__chp_2')
    expect(eIdFor('subpoint', 'а', 'art_1__para_2')).toBe('art_1__para_2__point_а')
  })

  it('normalise Roman numerals and printed punctuation', () => {
    expect(romanToNumber('XIV')).toBe(14)
    expect(romanToNumber('XLII')).toBe(42)
    expect(normaliseNum('IV.', true)).toBe('4')
    expect(normaliseNum('c)')).toBe('c')
    expect(normaliseNum('1-1.')).toBe('1-1')
    expect(normaliseNum('A)')).toBe('a')
  })

  it('are made unique when a number repeats', () => {
    const registry = new EIdRegistry()
    expect([registry.claim('art_5'), registry.claim('art_5'), registry.claim('art_6')]).toEqual(['art_5', 'art_5_2', 'art_6'])
  })
})
