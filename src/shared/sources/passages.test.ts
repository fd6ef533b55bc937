import { describe, expect, it } from 'vitest'
import { searchArchives } from './archive-search'
import { missingQuotes, passagesOf } from './passages'
import type { CslItem, SourceSnapshot } from './types'

const snapshot: SourceSnapshot = {
  text: 'Сенат принял закон о референдуме.\nЗакон устанавливает, что текст вопроса публикуется «не позднее чем за месяц» до голосования.\nЗакон вступает в силу через десять дней; закон публикуется.',
  language: 'ru',
  takenAt: '2026-03-01T08:00:00.000Z',
  fileName: 'senate.html'
}

describe('where a quoted passage stands in an archived text', () => {
  it('finds it by paragraph, with its offsets, every time it occurs', () => {
    expect(passagesOf(snapshot, 'закон публикуется')).toEqual([{ paragraph: 3, start: 41, end: 58 }])
    expect(passagesOf(snapshot, 'Закон').map((range) => range.paragraph)).toEqual([1, 2, 3, 3])
  })

  it('ignores what copying changes: white space, typographic quotes and dashes, letter case', () => {
    const [range] = passagesOf(snapshot, '  публикуется "не позднее   чем за месяц"  ')
    expect(snapshot.text.split('\n')[range!.paragraph - 1]!.slice(range!.start, range!.end)).toBe('публикуется «не позднее чем за месяц»')
    expect(passagesOf(snapshot, 'ЗАКОН ВСТУПАЕТ')).toHaveLength(1)
  })

  it('does not find a changed or a missing passage', () => {
    expect(passagesOf(snapshot, 'через двадцать дней')).toEqual([])
    expect(passagesOf(snapshot, '')).toEqual([])
  })
})

describe('the check before export', () => {
  const sources: CslItem[] = [
    { id: 'senate', type: 'article-newspaper', title: 'Сенат принял закон', snapshot },
    { id: 'book', type: 'book', title: 'A book with no archived text' }
  ]
  const annotations = [
    { id: 'a1', citations: [{ sourceId: 'senate', quote: 'текст вопроса публикуется' }, { sourceId: 'senate', quote: 'через двадцать дней' }] },
    { id: 'a2', citations: [{ sourceId: 'book', quote: 'anything at all' }, { sourceId: 'senate' }, { sourceId: 'gone', quote: 'x' }] }
  ]

  it('lists the quotes their archived source no longer holds, and only those', () => {
    expect(missingQuotes(annotations, sources)).toEqual([{ annotationId: 'a1', sourceId: 'senate', quote: 'через двадцать дней' }])
  })

  it('lists a quote again once the archived text is changed', () => {
    const changed = [{ ...sources[0]!, snapshot: { ...snapshot, text: snapshot.text.replace('текст вопроса', 'формулировка вопроса') } }, sources[1]!]
    expect(missingQuotes(annotations, changed).map((missing) => missing.quote)).toEqual(['текст вопроса публикуется', 'через двадцать дней'])
  })
})

describe('the project search in archived texts', () => {
  const sources: CslItem[] = [
    { id: 'senate', type: 'article-newspaper', title: 'Сенат принял закон', snapshot },
    { id: 'book', type: 'book', title: 'Закон и общество' }
  ]

  it('names the sources that hold the query, their paragraphs and a snippet; a source without archived text is not searched', () => {
    expect(searchArchives(sources, 'ЗАКОН')).toEqual([
      { sourceId: 'senate', title: 'Сенат принял закон', paragraphs: [1, 2, 3], before: 'Сенат принял ', match: 'закон', after: ' о референдуме.' }
    ])
    expect(searchArchives(sources, 'конституция')).toEqual([])
    expect(searchArchives(sources, '  ')).toEqual([])
  })
})
