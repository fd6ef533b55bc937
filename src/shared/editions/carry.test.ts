import { describe, expect, it } from 'vitest'
import { buildDocumentText } from '../annotations/document-text'
import { createAnnotation } from '../annotations/model'
import { targetFromUnitOffsets } from '../annotations/selectors'
import { legalSchema } from '../document/schema'
import { articleNumbers, generateEditionPair } from '../fixtures/generate-editions'
import { generateLegalText } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { carryAnnotations } from './carry'
import { importEdition, notesAndExpectations } from './testing'
import { editionStructure } from './units'

describe.each(['en', 'ru', 'kk'] as const)('carrying notes to a revised edition (%s)', (language) => {
  for (const deleteArticle of [false, true]) {
    it(`sends every note to its own article and clause${deleteArticle ? ' (an article deleted too)' : ''}`, () => {
      const pair = generateEditionPair({ language, deleteArticle })
      const oldDoc = importEdition(pair.old)
      const newDoc = importEdition(pair.revised)
      const expectations = notesAndExpectations(pair, oldDoc)
      const result = carryAnnotations(oldDoc, newDoc, expectations.map((expectation) => expectation.note), { language })
      const newArticles = new Map(editionStructure(newDoc).articles.map((article) => [article.eId, article]))

      const actual = result.notes.map((carried, index) => {
        const target = result.annotations[index]!.target
        const clause = carried.to ? newArticles.get(carried.to)?.segments.find((segment) => segment.start <= target.position.start && target.position.end <= segment.end)?.key : null
        return { id: carried.id, article: carried.to, clause: clause ?? null, status: carried.status, quote: target.quote.exact }
      })
      const expected = expectations.map((expectation) => ({ id: expectation.note.id, article: expectation.article, clause: expectation.clause, status: expectation.status, quote: expectation.quote }))
      expect(actual).toEqual(expected)
      // The scenario of issue 12: every kind of outcome occurs, and many notes sit on a repeated stock sentence.
      const counts = new Map<string, number>()
      for (const note of result.notes) counts.set(note.status, (counts.get(note.status) ?? 0) + 1)
      expect([...counts.keys()].sort()).toEqual(['changed', 'exact', 'moved', 'orphaned'])
      expect(expectations.filter((expectation) => expectation.note.target.quote.exact === pair.old.parts[0]!.articles[2]!.clauses.at(-1)!.text).length).toBeGreaterThan(25)
    })
  }

  it('keeps an orphan with its words and points it to its own article in the new edition', () => {
    const pair = generateEditionPair({ language })
    const oldDoc = importEdition(pair.old)
    const expectations = notesAndExpectations(pair, oldDoc)
    const lost = expectations.find((expectation) => expectation.status === 'orphaned')!
    const result = carryAnnotations(oldDoc, importEdition(pair.revised), [lost.note])
    const newNum = articleNumbers(pair.revised).get(pair.changes.deletedClause.article)
    expect(result.notes[0]).toMatchObject({ status: 'orphaned', to: null, from: lost.note.target.eId })
    expect(result.annotations[0]!.target).toEqual({ ...lost.note.target, eId: `art_${newNum}` })
  })
})

describe('the text alignment works on', () => {
  it('is the text annotations are anchored in, for every unit (headings, sub-points, preamble, chapters)', () => {
    const outcome = importPlainText(generateLegalText({ articles: 30, parts: 3, chaptersPerPart: 2 }))
    if (!outcome.ok) throw new Error(outcome.error.code)
    const text = buildDocumentText(legalSchema.nodeFromJSON(outcome.doc))
    const structure = editionStructure(outcome.doc)
    const units = [...structure.containers, ...structure.articles].filter((unit) => unit.segments.length > 0)
    expect(new Map(units.map((unit) => [unit.eId, unit.text]))).toEqual(new Map([...text.units].map(([eId, unit]) => [eId, unit.text])))
  })
})

describe('carrying notes outside articles', () => {
  const law = (rights: string, firstArticle: string) =>
    ['Law on Examples', '', 'Preamble', 'We, the people, adopt this law.', '', 'Part I. General rules', '', 'Article 1', `1. ${firstArticle}`, '', `Part II. ${rights}`, '', 'Article 2', '1. Everyone may hold property.', ''].join('\n')
  const importLaw = (text: string) => {
    const outcome = importPlainText(text)
    if (!outcome.ok) throw new Error(outcome.error.code)
    return outcome.doc
  }

  it('follows the preamble and part headings, and flags a note on a renamed part', () => {
    const oldDoc = importLaw(law('Rights', 'The state is secular.'))
    const newDoc = importLaw(law('Rights and freedoms', 'The state is secular and democratic.'))
    const text = buildDocumentText(legalSchema.nodeFromJSON(oldDoc))
    const note = (eId: string, quote: string) => {
      const unit = text.units.get(eId)!
      const start = unit.text.indexOf(quote)
      return { ...createAnnotation({ target: targetFromUnitOffsets(unit, start, start + quote.length), author: { id: 'a', name: 'A', color: '#000000' }, id: `${eId}:${quote}` }) }
    }
    const result = carryAnnotations(oldDoc, newDoc, [note('preamble', 'the people'), note('part_1', 'General rules'), note('part_2', 'Rights'), note('art_1', 'secular')])
    expect(result.notes.map(({ from, to, status, target }) => [from, to, status, target.quote.exact])).toEqual([
      ['preamble', 'preamble', 'exact', 'the people'],
      ['part_1', 'part_1', 'exact', 'General rules'],
      ['part_2', 'part_2', 'changed', 'Rights'],
      ['art_1', 'art_1', 'changed', 'secular']
    ])
  })
})
