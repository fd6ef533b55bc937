import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../shared/annotations/model'
import type { Tag } from '../../../shared/annotations/types'
import { matchesFilter, noFilter, prepareFilter } from './filter'

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, color: '#f5c542', description: '', parentId })
const tags = [tag('values', 'Values'), tag('secularism', 'Secularism', 'values'), tag('state', 'State neutrality', 'secularism'), tag('family', 'Family')]
const note = (tagIds: string[]) =>
  createAnnotation({
    target: { eId: 'art_1', quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
    author: { id: 'a', name: 'A', color: '#000000' },
    tags: tagIds
  })

describe('the annotation filter by tag', () => {
  const notes = [note(['state']), note(['secularism']), note(['values']), note(['family']), note([])]
  const shown = (tagId: string) => notes.filter((one) => matchesFilter(one, prepareFilter({ ...noFilter, tagId }, tags), () => undefined)).length

  it('shows a parent’s notes with those of its sub-tags at any depth, and a child’s alone', () => {
    expect(shown('values')).toBe(3)
    expect(shown('secularism')).toBe(2)
    expect(shown('state')).toBe(1)
    expect(shown('family')).toBe(1)
    expect(shown('')).toBe(5)
  })
})
