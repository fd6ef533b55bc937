import { describe, expect, it } from 'vitest'
import { mapOffset, wordDiff } from './word-diff'

const carried = (before: string, after: string, quote: string, language = 'en') => {
  const changes = wordDiff(before, after, language)
  const start = before.indexOf(quote)
  return after.slice(mapOffset(changes, start, 'start'), mapOffset(changes, start + quote.length, 'end'))
}

describe('word diff', () => {
  it('works in whole words in Kazakh and Russian, and rebuilds both wordings exactly', () => {
    const before = 'Мемлекет заңда белгіленген тәртіппен меншік құқығын қорғайды.'
    const after = 'Мемлекет сондай-ақ өз құзыреті шегінде меншік құқығын қорғайды.'
    const changes = wordDiff(before, after, 'kk')
    expect(changes.filter((change) => change.kind !== 'added').map((change) => change.before ?? change.text).join('')).toBe(before)
    expect(changes.filter((change) => change.kind !== 'removed').map((change) => change.text).join('')).toBe(after)
    expect(changes.filter((change) => change.kind === 'removed').map((change) => change.text.trim())).toEqual(['заңда белгіленген тәртіппен'])
    expect(changes.find((change) => change.kind === 'same' && change.text.includes('меншік құқығын қорғайды'))).toBeDefined()
    expect(wordDiff('Суд защищает право на труд.', 'Суд  охраняет право на труд.', 'ru')).toEqual([
      { kind: 'same', text: 'Суд  ', before: 'Суд ' },
      { kind: 'removed', text: 'защищает ' },
      { kind: 'added', text: 'охраняет ' },
      { kind: 'same', text: 'право на труд.' }
    ])
  })

  it('carries a span through the change: kept words stay, replaced words become their replacement, deleted words vanish', () => {
    const before = 'The state guarantees freedom of speech in the manner established by law.'
    const after = 'The state also guarantees freedom of speech within its competence.'
    expect(carried(before, after, 'guarantees freedom')).toBe('guarantees freedom')
    expect(carried(before, after, 'manner established')).toBe('within its competence')
    expect(carried(before, after, 'speech in the manner')).toBe('speech within its competence')
    expect(carried('Everyone, without exception, may vote.', 'Everyone may vote.', 'without exception')).toBe('')
  })
})
