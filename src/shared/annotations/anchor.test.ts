import { describe, expect, it } from 'vitest'
import type { Node as PMNode } from 'prosemirror-model'
import { legalSchema } from '../document/schema'
import { importPlainText } from '../import/plain-text'
import { anchorAll, anchorTarget } from './anchor'
import { buildDocumentText, type DocumentText } from './document-text'
import { targetFromRange } from './selectors'
import type { AnnotationTarget } from './types'

/** An invented constitution-shaped text; `article5` and `article19` replace those articles' clauses. */
function lawText(options: { article5?: string[]; article19?: string[] } = {}): string {
  const lines = ['Constitution of Examplestan', '', 'Preamble', 'We, the people, adopt this Constitution.', '', 'Part I. The state', '']
  for (let number = 1; number <= 24; number++) {
    lines.push(`Article ${number}`)
    const own = number === 5 ? options.article5 : number === 19 ? options.article19 : undefined
    const clauses = own ?? [`Clause one of Article ${number} concerns public order.`, `Clause two of Article ${number} concerns the budget.`]
    clauses.forEach((clause, index) => lines.push(`${index + 1}. ${clause}`))
    lines.push('')
  }
  return lines.join('\n')
}

const secular = ['The Republic is a secular state.', 'Religious associations are separate from the state and equal before the law.']
const marriage = ['Marriage is a union of a man and a woman based on free consent.', 'The family is under the protection of the state.']

function importDoc(text: string): PMNode {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return legalSchema.nodeFromJSON(outcome.doc)
}

/** The target of the first occurrence of `quote` inside the article `eId`, as a user selection would make it. */
function targetOf(doc: PMNode, eId: string, quote: string): AnnotationTarget {
  let range: { from: number; to: number } | undefined
  doc.descendants((node, pos) => {
    if (range) return false
    if (node.type.name === 'article' && node.attrs['eId'] !== eId) return false
    if (node.isText && node.text!.includes(quote)) {
      const from = pos + node.text!.indexOf(quote)
      range = { from, to: from + quote.length }
    }
    return true
  })
  if (!range) throw new Error(`no "${quote}" in ${eId}`)
  return targetFromRange(buildDocumentText(doc), range)!
}

function quoteAt(doc: PMNode, text: DocumentText, target: AnnotationTarget) {
  const anchor = anchorTarget(text, target)
  return anchor && { text: doc.textBetween(anchor.range.from, anchor.range.to, '\n'), eId: anchor.target.eId, method: anchor.method }
}

describe('selectors from a selection', () => {
  const doc = importDoc(lawText({ article5: secular }))
  const text = buildDocumentText(doc)

  it('name the article, the quote with 32 characters of context, and offsets in the article text', () => {
    const target = targetOf(doc, 'art_5', 'secular state')
    expect(target.eId).toBe('art_5')
    expect(target.quote.exact).toBe('secular state')
    expect(target.quote.prefix).toBe('The Republic is a ')
    expect(target.quote.suffix).toBe('.\nReligious associations are sep')
    expect(target.quote.suffix).toHaveLength(32)
    const unitText = text.units.get('art_5')!.text
    expect(unitText.slice(target.position.start, target.position.end)).toBe('secular state')
  })

  it('cut a selection that runs into the next article at the end of its own', () => {
    const start = targetOf(doc, 'art_5', 'equal before the law.')
    const nextArticle = targetOf(doc, 'art_6', 'Clause one')
    const from = anchorTarget(text, start)!.range.from
    const to = anchorTarget(text, nextArticle)!.range.to
    const target = targetFromRange(text, { from, to })!
    expect(target.eId).toBe('art_5')
    expect(target.quote.exact).toBe('equal before the law.')
  })

  it('refuse an empty or whitespace-only selection', () => {
    const anchor = anchorTarget(text, targetOf(doc, 'art_5', 'secular'))!
    expect(targetFromRange(text, { from: anchor.range.from, to: anchor.range.from })).toBeNull()
  })

  it('span clauses: the quote joins blocks with a line break and anchors back to the same range', () => {
    const first = anchorTarget(text, targetOf(doc, 'art_5', 'secular state.'))!
    const second = anchorTarget(text, targetOf(doc, 'art_5', 'Religious associations'))!
    const target = targetFromRange(text, { from: first.range.from, to: second.range.to })!
    expect(target.quote.exact).toBe('secular state.\nReligious associations')
    expect(anchorTarget(text, target)!.range).toEqual({ from: first.range.from, to: second.range.to })
  })
})

describe('anchoring on the same text', () => {
  it('uses the stored position when the quote is still there, even for a phrase that repeats', () => {
    const doc = importDoc(lawText())
    const text = buildDocumentText(doc)
    const target = targetOf(doc, 'art_7', 'concerns the budget')
    expect(quoteAt(doc, text, target)).toEqual({ text: 'concerns the budget', eId: 'art_7', method: 'position' })
  })
})

describe('re-anchoring on a revised, re-imported text', () => {
  const original = importDoc(lawText({ article5: secular, article19: marriage }))
  const target = targetOf(original, 'art_5', 'separate from the state')

  const revisions: [string, string[], string, 'position' | 'quote' | 'fuzzy'][] = [
    ['an insertion before the quote', ['The Republic of Examplestan is a secular and democratic state.', secular[1]!], 'separate from the state', 'quote'],
    ['an insertion after the quote', [secular[0]!, 'Religious associations are separate from the state and all of them are equal before the law.'], 'separate from the state', 'position'],
    ['an insertion inside the quote', [secular[0]!, 'Religious associations are separate from the organs of the state and equal before the law.'], 'separate from the organs of the state', 'fuzzy'],
    ['a small correction inside the quote', [secular[0]!, 'Religious associations are seperate from the state and equal before the law.'], 'seperate from the state', 'fuzzy']
  ]

  for (const [change, clauses, expected, method] of revisions) {
    it(`follows ${change}`, () => {
      const revised = importDoc(lawText({ article5: clauses, article19: marriage }))
      expect(quoteAt(revised, buildDocumentText(revised), target)).toEqual({ text: expected, eId: 'art_5', method })
    })
  }

  it('prefers its own article\'s reworded text to the same words verbatim in another article', () => {
    // Laws repeat their wording: Article 19 carries the very sentence Article 5 had before it was reworded.
    const repeated = importDoc(lawText({ article5: secular, article19: [marriage[0]!, secular[1]!] }))
    const note = targetOf(repeated, 'art_5', 'separate from the state')
    const reworded = importDoc(lawText({ article5: [secular[0]!, 'Religious associations are separated from the state and equal before the law.'], article19: [marriage[0]!, secular[1]!] }))
    expect(quoteAt(reworded, buildDocumentText(reworded), note)).toEqual({ text: 'separated from the state', eId: 'art_5', method: 'fuzzy' })
  })
  it('finds the quote when its text moved to another article', () => {
    const marriageTarget = targetOf(original, 'art_19', 'union of a man and a woman')
    const swapped = importDoc(lawText({ article5: marriage, article19: secular }))
    expect(quoteAt(swapped, buildDocumentText(swapped), marriageTarget)).toEqual({ text: 'union of a man and a woman', eId: 'art_5', method: 'quote' })
  })

  it('orphans an annotation whose quote was deleted, and keeps the others', () => {
    const revised = importDoc(lawText({ article5: [secular[0]!, 'Everyone is equal before the law.'], article19: marriage }))
    const kept = targetOf(original, 'art_19', 'free consent')
    const annotations = [
      { id: 'gone', target },
      { id: 'kept', target: kept }
    ].map((partial) => ({ ...partial, author: { id: 'a', name: 'A', color: '#000000' }, created: '', modified: '', tags: [], body: { doc: { type: 'doc' } }, citations: [], links: [], replies: [] }))
    const result = anchorAll(buildDocumentText(revised), annotations)
    expect(result.orphans).toEqual(['gone'])
    expect([...result.anchors.keys()]).toEqual(['kept'])
  })

  it('orphans a quote whose article was removed and whose words appear nowhere', () => {
    const revised = importDoc(lawText({ article19: marriage }))
    expect(anchorTarget(buildDocumentText(revised), target)).toBeNull()
  })
})
