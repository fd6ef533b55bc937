import { afterEach, describe, expect, it } from 'vitest'
import { setDefaultLocale } from '../i18n/translate'
import { alignmentSummary, carrySummary } from './summary'

const counts = { articles: 96, unchanged: 81, changed: 12, inserted: 1, deleted: 0, renumbered: 2, moved: 0 }
const note = (status: 'exact' | 'moved' | 'changed' | 'orphaned') => ({ id: status, from: 'art_1', to: 'art_1', status, target: { eId: 'art_1', quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 1 } } })

describe('edition summaries', () => {
  afterEach(() => setDefaultLocale('en'))

  it('say what changed, leaving out what did not happen', () => {
    expect(alignmentSummary(counts)).toBe('96 articles: 81 unchanged, 12 changed, 1 inserted, 2 renumbered')
    expect(carrySummary([note('exact'), note('exact'), note('orphaned')])).toBe('3 notes: 2 in place, 1 orphaned (text deleted)')
    // ICU plurals: one article, one note.
    expect(alignmentSummary({ ...counts, articles: 1, unchanged: 0, changed: 1, inserted: 0, renumbered: 0 })).toBe('1 article: 1 changed')
    expect(carrySummary([note('moved')])).toBe('1 note: 1 moved')
  })

  it('speak Russian and Kazakh', () => {
    setDefaultLocale('ru')
    expect(alignmentSummary(counts)).toBe('статей: 96 — без изменений: 81, изменено: 12, добавлено: 1, перенумеровано: 2')
    setDefaultLocale('kk')
    expect(carrySummary([note('changed'), note('moved')])).toBe('аңдатпалар: 2 — көшірілгені: 1, тексеру керек (мәтін өзгерген): 1')
  })
})
