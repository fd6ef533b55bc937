import { describe, expect, it } from 'vitest'
import { defaultExportOptions } from '../options'
import type { ComparativeTable } from './table'
import { buildComparativeTableView } from './table-view'

const nonce = 'n0nce-for-the-test-123'

function table(changes: Partial<ComparativeTable> = {}): ComparativeTable {
  return {
    title: 'Comparative table',
    oldName: 'First <draft>',
    newName: 'final.txt',
    labels: 'en',
    language: 'en',
    headings: { old: 'Previous wording', new: 'New wording', commentary: 'Commentary' },
    absent: 'Absent.',
    deleted: 'Deleted.',
    rows: [
      {
        fromEId: 'art_1',
        toEId: 'art_2',
        oldLabel: 'Article 1',
        newLabel: 'Article 2',
        old: [{ key: 'a', label: '1.', runs: [{ text: 'Kept ', mark: 'same' }, { text: '<b>gone</b>', mark: 'removed' }] }],
        new: [{ key: 'b', label: '1.', runs: [{ text: 'Kept ', mark: 'same' }, { text: 'new & added', mark: 'added' }] }],
        notes: []
      },
      { fromEId: null, toEId: 'art_3', oldLabel: '', newLabel: 'Article 3', old: [], new: [{ key: 'c', label: '', runs: [{ text: 'Inserted.', mark: 'added' }] }], notes: [] }
    ],
    notesModel: null,
    page: defaultExportOptions.page,
    ...changes
  }
}

describe('the comparative table’s print view', () => {
  it('strikes removed words and marks added ones, escaping every piece of text', () => {
    const html = buildComparativeTableView(table(), '', nonce)
    expect(html).toContain('<td><p class="article">Article 1</p><p><span class="label">1.</span> Kept <del>&lt;b&gt;gone&lt;/b&gt;</del></p></td>')
    expect(html).toContain('<ins>new &amp; added</ins>')
    expect(html).toContain('<td><p class="missing">Absent.</p></td>')
    expect(html).toContain('First &lt;draft&gt;')
    expect(html).not.toContain('<b>gone')
    expect(html).toContain(`script-src 'nonce-${nonce}'`)
  })

  it('says so when the editions do not differ, and refuses a weak nonce', () => {
    expect(buildComparativeTableView(table({ rows: [] }), '', nonce)).toContain('The two editions do not differ.')
    expect(() => buildComparativeTableView(table(), '', 'short')).toThrow(RangeError)
  })
})
