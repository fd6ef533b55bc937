import { createAnnotation } from '../../shared/annotations/model'
import type { Annotation } from '../../shared/annotations/types'

/** A note the user might add: edit number `n` of a session, as a journal change (unit tests and the durability bench). */
export function noteAdded(n: number, now = new Date('2026-12-04T20:00:00Z')): { in: 'annotations'; id: string; value: Annotation } {
  const annotation = createAnnotation({
    id: `note-${n}`,
    now,
    author: { id: 'author-1', name: 'A. Scholar', color: '#336699' },
    target: { eId: 'art_1', quote: { type: 'TextQuoteSelector', exact: `quote ${n}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: n, end: n + 5 } }
  })
  return { in: 'annotations', id: annotation.id, value: annotation }
}
