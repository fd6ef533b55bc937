import { describe, expect, it } from 'vitest'
import { createAnnotation } from './model'
import { answerReview, reviewQueue } from './review'
import type { AnnotationTarget } from './types'

const target = (eId: string, exact: string): AnnotationTarget => ({
  eId,
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length }
})
const author = { id: 'a', name: 'A', color: '#000000' }
const carried = (id: string, now: AnnotationTarget, was: AnnotationTarget, orphan = false) => ({
  ...createAnnotation({ target: now, author, id }),
  anchors: { first: { target: was, status: 'exact' as const } },
  review: { from: 'first' },
  ...(orphan ? { orphan: true as const } : {})
})
const editions = [{ name: 'Law', language: 'en', content: { type: 'doc' }, edition: { id: 'first', label: 'First draft' } }]

describe('the review queue of carried notes', () => {
  it('lists changed and orphaned notes with their old and new wording, and nothing else', () => {
    const changed = carried('c', target('art_2', 'a democratic state'), target('art_2', 'a secular state'))
    const orphan = carried('o', target('art_3', 'deleted words'), target('art_3', 'deleted words'), true)
    const untouched = createAnnotation({ target: target('art_1', 'kept'), author, id: 'k' })
    expect(reviewQueue([changed, untouched, orphan], editions).map(({ annotation, ...item }) => ({ id: annotation.id, ...item }))).toEqual([
      { id: 'c', status: 'changed', fromLabel: 'First draft', oldWording: 'a secular state', newWording: 'a democratic state' },
      { id: 'o', status: 'orphaned', fromLabel: 'First draft', oldWording: 'deleted words', newWording: null }
    ])
  })

  it('takes a note out of the queue by any answer, keeping it and its old place', () => {
    const orphan = carried('o', target('art_3', 'deleted words'), target('art_3', 'deleted words'), true)
    const kept = answerReview(orphan, { kind: 'keepOrphan' })
    expect(kept).toMatchObject({ id: 'o', orphan: true, anchors: orphan.anchors })
    expect(kept.review).toBeUndefined()
    const reattached = answerReview(orphan, { kind: 'reattach', target: target('art_4', 'new words') })
    expect(reattached.target.quote.exact).toBe('new words')
    expect('orphan' in reattached || 'review' in reattached).toBe(false)
    const accepted = answerReview(carried('c', target('art_2', 'x'), target('art_2', 'y')), { kind: 'accept' })
    expect('review' in accepted || 'orphan' in accepted).toBe(false)
    expect(reviewQueue([kept, reattached, accepted], editions)).toEqual([])
  })
})
