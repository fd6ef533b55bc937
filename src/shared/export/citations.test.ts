import { describe, expect, it } from 'vitest'
import type { Citation } from '../annotations/types'
import { formattingRepeatsOnce, type ExportCitations } from './citations'

describe('formattingRepeatsOnce', () => {
  it('formats each distinct set of citations once and gives repeats the same text', () => {
    const asked: string[] = []
    const counting: ExportCitations = {
      noteText: (citations) => {
        const text = citations.map((citation) => `${citation.sourceId} ${citation.locator?.value ?? ''}`.trim()).join('; ')
        asked.push(text)
        return text
      },
      bibliographyText: (ids) => [...ids]
    }
    const once = formattingRepeatsOnce(counting)
    const at = (sourceId: string, page?: string): Citation => (page ? { sourceId, locator: { label: 'page', value: page } } : { sourceId })
    const texts = [[at('a', '10')], [at('a', '10')], [at('a', '11')], [at('a', '10'), at('b')], [at('a', '10')], [at('a', '10'), at('b')]].map((list) => once.noteText(list))
    expect(texts).toEqual(['a 10', 'a 10', 'a 11', 'a 10; b', 'a 10', 'a 10; b'])
    expect(asked).toEqual(['a 10', 'a 11', 'a 10; b'])
    expect(once.bibliographyText(['b', 'a'])).toEqual(['b', 'a'])
  })
})
