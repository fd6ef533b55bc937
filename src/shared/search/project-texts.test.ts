import { describe, expect, it } from 'vitest'
import { createAnnotation, reviseAnnotation } from '../annotations/model'
import type { Commentary } from '../annotations/types'
import type { CslItem } from '../sources/types'
import { noteTexts, sourceTexts } from './project-texts'
import { buildTextSearchIndex, search } from './search'

const commentary = (...paragraphs: string[]): Commentary => ({
  doc: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
})
const target = (eId: string) => ({
  eId,
  quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: 1 }
})
const author = { id: 'a', name: 'A', color: '#000000' }
const note = (id: string, eId: string, ...paragraphs: string[]) => reviseAnnotation(createAnnotation({ id, target: target(eId), author }), { body: commentary(...paragraphs) })
const labels: Record<string, string> = { art_19: 'Article 19', art_5: 'Article 5' }

describe('searching notes and sources with the word-form search', () => {
  const notes = [
    note('n1', 'art_19', 'Брак заключается добровольно.', 'Расторжение брака — в суде.'),
    note('n2', 'art_5', 'Светское государство не знает государственной религии.'),
    note('n3', 'art_5'),
    { ...note('n4', 'art_19', 'Неке туралы.'), replies: [{ id: 'r1', author, created: '', modified: '', body: commentary('Некеге тұру жасы — он сегіз.') }] }
  ]

  it('finds a Russian note by another form of the word, each note a group labelled by its article, the match marked', () => {
    // The notes are searched in the document's language (here Russian), as the law is.
    const index = buildTextSearchIndex(noteTexts(notes, (eId) => labels[eId] ?? eId), 'ru')
    const results = search(index, 'браком')
    expect(results.groups.map((group) => [group.eId, group.label, group.hits.map((hit) => hit.match)])).toEqual([['n1', 'Article 19', ['Брак', 'брака']]])
    expect(results.groups[0]!.hits[1]).toMatchObject({ before: '…заключается добровольно. Расторжение ', after: ' — в суде.' })
    // A note with no words of its own is not searched at all.
    expect(noteTexts(notes, String).map((text) => text.id)).toEqual(['n1', 'n2', 'n4'])
  })

  it('finds a Kazakh reply under a note by the stem, and a phrase in quotes exactly', () => {
    const index = buildTextSearchIndex(noteTexts(notes, (eId) => labels[eId] ?? eId), 'kk')
    expect(search(index, 'неке').groups.map((group) => group.hits.map((hit) => hit.match))).toEqual([['Неке', 'Некеге']])
    const ru = buildTextSearchIndex(noteTexts(notes, String), 'ru')
    expect(search(ru, '«государственной религии»').total).toBe(1)
    expect(search(ru, '«религии государственной»').total).toBe(0)
  })

  it('finds sources by title, author, court and neutral citation', () => {
    const sources: CslItem[] = [
      { id: 'miller', type: 'legal_case', title: 'R (Miller) v Prime Minister', authority: 'Supreme Court', 'neutral-citation': '[2019] UKSC 41' },
      { id: 'smith', type: 'book', title: 'Secularism and the State', author: [{ family: 'Smith', given: 'Anna' }] },
      { id: 'empty', type: 'book' }
    ]
    const index = buildTextSearchIndex(sourceTexts(sources), 'en')
    expect(search(index, 'UKSC').groups.map((group) => group.label)).toEqual(['R (Miller) v Prime Minister'])
    expect(search(index, 'courts').groups.map((group) => group.eId)).toEqual(['miller'])
    expect(search(index, 'anna smith').groups.map((group) => group.eId)).toEqual(['smith'])
    expect(search(index, 'secular').groups.map((group) => group.eId)).toEqual(['smith'])
  })
})
