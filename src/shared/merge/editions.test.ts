import { describe, expect, it } from 'vitest'
import type { Annotation, EditionAnchor } from '../annotations/types'
import { createProject } from '../project/create'
import type { Edition, ProjectFile } from '../project/schema'
import { mergeProjects } from '.'
import { stampChanges } from './stamp'

/** Per-edition anchors merge edition by edition; editions join by id (project schema v3). */

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'title', content: [{ type: 'text', text }] }] })
const edition = (id: string, label: string): Edition => ({ name: label, language: 'en', content: doc(label), edition: { id, label } })
const target = (eId: string, exact: string) => ({
  eId,
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length }
})
const anchor = (eId: string, exact: string, status: EditionAnchor['status']): EditionAnchor => ({ target: target(eId, exact), status })

const note: Annotation = {
  id: 'n1',
  author: { id: 'a', name: 'A', color: '#000000' },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  target: target('art_1', 'words'),
  tags: [],
  body: { doc: { type: 'doc', content: [] } },
  citations: [],
  links: [],
  replies: []
}

function shared(): ProjectFile {
  const start = createProject({ title: 'Law', id: 'p', now: new Date('2026-01-01T00:00:00Z'), document: { ...edition('first', 'First draft') } })
  return stampChanges(start, { ...start, annotations: [note] }, 'origin', 1_800_000_000_000)
}

describe('merging editions', () => {
  it('keeps both colleagues\u2019 anchors when each carried the notes to another edition', () => {
    const base = shared()
    const mine = stampChanges(base, { ...base, editions: [edition('second', 'Final draft')], annotations: [{ ...note, anchors: { second: anchor('art_2', 'words', 'moved') } }] }, 'me', 1_800_000_001_000)
    const theirs = stampChanges(base, { ...base, editions: [edition('russian', 'Russian')], annotations: [{ ...note, anchors: { russian: anchor('art_1', 'слова', 'changed') } }] }, 'them', 1_800_000_002_000)
    const { project, conflicts } = mergeProjects(mine, theirs)
    expect(project.annotations[0]!.anchors).toEqual({ second: anchor('art_2', 'words', 'moved'), russian: anchor('art_1', 'слова', 'changed') })
    expect(project.editions.map((entry) => entry.edition.id)).toEqual(['second', 'russian'])
    expect(conflicts).toEqual([])
  })

  it('lets the later write of one edition\u2019s anchor win, and keeps a deleted note\u2019s anchors with it', () => {
    const base = shared()
    const mine = stampChanges(base, { ...base, annotations: [{ ...note, anchors: { second: anchor('art_2', 'words', 'changed') } }] }, 'me', 1_800_000_001_000)
    const theirs = stampChanges(mine, { ...mine, annotations: [{ ...note, anchors: { second: anchor('art_2', 'words', 'exact') } }] }, 'them', 1_800_000_002_000)
    expect(mergeProjects(mine, theirs).project.annotations[0]!.anchors).toEqual({ second: anchor('art_2', 'words', 'exact') })
    const deleted = stampChanges(mine, { ...mine, annotations: [] }, 'me', 1_800_000_003_000)
    expect(deleted.sync.hidden['annotation:n1']?.item).toMatchObject({ anchors: { second: anchor('art_2', 'words', 'changed') } })
  })

  it('adds the edition a colleague reads when mine does not have it, without changing the one I read', () => {
    const base = shared()
    const theirs = { ...base, document: edition('second', 'Final draft'), editions: [edition('first', 'First draft')] }
    const { project } = mergeProjects(base, theirs)
    expect(project.document?.edition?.id).toBe('first')
    expect(project.editions.map((entry) => entry.edition.label)).toEqual(['Final draft'])
  })
})
