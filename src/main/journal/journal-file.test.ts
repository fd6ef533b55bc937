import { describe, expect, it } from 'vitest'
import { noteAdded } from '../testing/journal-edits'
import { compactRecords, type JournalRecord } from './journal-file'

const record = (revision: number, at: string, changes: JournalRecord['changes']): JournalRecord => ({ kind: 'edits', revision, at, changes })

describe('compacting a journal', () => {
  it('keeps each item’s last change, in the order of those changes, and the span of time the edits cover', () => {
    const first = noteAdded(1)
    const second = noteAdded(2)
    const compacted = compactRecords([
      record(2, '2026-12-04T20:00:00.000Z', [first]),
      record(3, '2026-12-04T20:00:01.000Z', [second, { in: 'annotations', id: first.id, value: { ...first.value, tags: ['t'] } }]),
      record(5, '2026-12-04T20:00:02.000Z', [{ in: 'annotations', id: second.id, value: null }])
    ])
    expect(compacted).toEqual([
      {
        kind: 'edits',
        revision: 5,
        at: '2026-12-04T20:00:02.000Z',
        since: '2026-12-04T20:00:00.000Z',
        changes: [
          { in: 'annotations', id: first.id, value: { ...first.value, tags: ['t'] } },
          { in: 'annotations', id: second.id, value: null }
        ]
      }
    ])
  })
})
