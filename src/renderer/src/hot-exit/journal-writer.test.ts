import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAnnotation } from '../../../shared/annotations/model'
import type { Annotation } from '../../../shared/annotations/types'
import { ok } from '../../../shared/errors'
import { sampleProject } from '../../../shared/export/sample-project'
import type { Request } from '../../../shared/ipc'
import type { ProjectFile } from '../../../shared/project/schema'
import { projectFromData } from '../store/operations'
import { createProjectStore } from '../store/project-store'
import { createJournalWriter, journalMaxWaitMs } from './journal-writer'
import { restoredProject } from './restored-project'

const me = { id: 'me', name: 'Me', color: '#2f5d8a' }

function setUp(fileName: string | null, needBase = false) {
  const project: ProjectFile = sampleProject({ parts: 1, articles: 3, annotations: 2 })
  const store = createProjectStore()
  store.started([], { fileName, project })
  const sent: Request<'journal:append'>[] = []
  let askForBase = needBase
  const writer = createJournalWriter(store, async (request) => {
    sent.push(request)
    const reply = { needBase: askForBase && !request.base }
    askForBase &&= reply.needBase
    return ok(reply)
  })
  const note = (id: string): Annotation => createAnnotation({ target: (project.annotations[0] as Annotation).target, author: me, id })
  return { project, store, sent, writer, note }
}

const withoutSync = (project: ProjectFile) => ({ ...project, sync: null })

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('the hot-exit journal writer', () => {
  it('journals a run of edits within a second of the first, and replaying the journal gives the project as it is', async () => {
    const { project, store, sent, note } = setUp('thesis.glossa')
    store.apply([{ in: 'annotations', id: 'a', value: note('a') }])
    store.update((current) => ({ ...current, meta: { ...current.meta, title: 'Renamed' } }))
    store.apply([{ in: 'annotations', id: 'note-1', value: null }])
    // Typing that never pauses still reaches the journal within the second.
    for (let step = 0; step < 10; step++) {
      await vi.advanceTimersByTimeAsync(100)
      store.apply([{ in: 'annotations', id: 'a', value: { ...note('a'), modified: `2026-12-04T20:00:0${step}.000Z` } }], { key: 'typing' })
    }
    expect(sent.length).toBeGreaterThanOrEqual(1)
    expect(sent[0]!.base).toBeUndefined()
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    const journaled = sent.flatMap((request) => request.changes)
    expect(withoutSync(restoredProject(project, journaled))).toEqual(withoutSync(projectFromData(store.getState().open!.data)))
    expect(sent.at(-1)!.revision).toBe(store.getState().editedRevision)
    // Undo is an edit too.
    store.undo()
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    expect(withoutSync(restoredProject(project, sent.flatMap((request) => request.changes)))).toEqual(withoutSync(projectFromData(store.getState().open!.data)))
  })

  it('sends an untitled project’s starting point with its first batch, and again whenever main asks for it', async () => {
    const { project, store, sent, note } = setUp(null, true)
    store.apply([{ in: 'annotations', id: 'a', value: note('a') }])
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    expect(sent[0]!.base).toEqual(project)
    store.apply([{ in: 'annotations', id: 'b', value: note('b') }])
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    expect(sent[1]!.base).toBeUndefined()
  })

  it('journals nothing for a project just opened, and never an edit of the previous one after it', async () => {
    const { store, sent, note } = setUp('thesis.glossa')
    store.apply([{ in: 'annotations', id: 'a', value: note('a') }])
    store.load({ fileName: 'other.glossa', project: sampleProject({ parts: 1, articles: 1, annotations: 1 }) })
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    expect(sent).toEqual([])
  })

  it('sends pending edits at once when asked (before the window leaves its project)', async () => {
    const { store, sent, writer, note } = setUp('thesis.glossa')
    store.apply([{ in: 'annotations', id: 'a', value: note('a') }])
    await writer.flush()
    expect(sent.map((request) => request.changes.map((change) => change.in))).toEqual([['annotations']])
  })

  it('keeps the edited text and the notes’ anchors as the editor holds them', async () => {
    const { project, store, sent } = setUp('thesis.glossa')
    const edited = { ...project.document!.content, content: project.document!.content.content!.slice(0, 1) }
    const moved = { ...(project.annotations[0] as Annotation), target: { ...(project.annotations[0] as Annotation).target, position: { type: 'TextPositionSelector' as const, start: 1, end: 2 } } }
    store.attachText({
      currentDoc: () => ({ toJSON: () => edited }) as never,
      currentTargets: (list) => list.map((annotation) => (annotation.id === moved.id ? moved : annotation)),
      undo: () => false,
      redo: () => false,
      closeGroup: () => undefined
    })
    store.textEdited(true)
    await vi.advanceTimersByTimeAsync(journalMaxWaitMs)
    const restored = restoredProject(project, sent.flatMap((request) => request.changes))
    expect(restored.document!.content).toEqual(edited)
    expect(restored.annotations.find((annotation) => annotation.id === moved.id)).toEqual(moved)
  })
})
