import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stampChanges } from '../../shared/merge/stamp'
import { parseProjectFile } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { validateProjectAgainst } from '../../shared/project/validate-changes'
import { stampChangedOnly } from './stamp-changed'

function saved(): ProjectFile {
  const parsed = parseProjectFile(readFileSync(join(__dirname, '../../shared/project/fixtures/v1-project.glossa'), 'utf8'))
  if (!parsed.ok) throw new Error('the v1 fixture must open')
  const template = parsed.value.annotations[0]!
  const annotations = Array.from({ length: 30 }, (_, index) => ({ ...template, id: `ann-${index}`, replies: [] }))
  return stampChanges({ ...parsed.value, annotations: [] }, { ...parsed.value, annotations }, 'author-a', Date.parse('2026-11-01T00:00:00Z'))
}

describe('stamping only the annotations that changed', () => {
  it('records the same clocks, tombstones and hidden items as comparing everything', () => {
    const base = saved()
    const sent = JSON.parse(JSON.stringify(base)) as ProjectFile
    const reply = { id: 'reply-1', author: sent.annotations[2]!.author, created: sent.annotations[2]!.created, modified: sent.annotations[2]!.modified, body: sent.annotations[2]!.body }
    sent.annotations[2] = { ...sent.annotations[2]!, replies: [reply] }
    sent.annotations[4] = { ...sent.annotations[4]!, tags: [] }
    sent.annotations.splice(9, 1)
    sent.annotations.push({ ...sent.annotations[0]!, id: 'ann-new' })
    sent.tags = sent.tags.map((tag, index) => (index === 0 ? { ...tag, name: 'Renamed' } : tag))
    const next = validateProjectAgainst(sent, base)
    if (!next.ok) throw new Error(JSON.stringify(next.error))
    const now = Date.parse('2026-11-02T00:00:00Z')
    const expected = stampChanges(base, next.value, 'author-b', now)
    expect(stampChangedOnly(base, next.value, 'author-b', now)).toEqual(expected)
    expect(Object.keys(expected.sync.tombstones)).toEqual(['annotation:ann-9'])
  })

  it('changes nothing when nothing changed', () => {
    const base = saved()
    const next = validateProjectAgainst(JSON.parse(JSON.stringify(base)), base)
    if (!next.ok) throw new Error(JSON.stringify(next.error))
    expect(stampChangedOnly(base, next.value, 'author-b', Date.now()).sync).toBe(base.sync)
  })
})
