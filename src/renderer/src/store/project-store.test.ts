import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../shared/annotations/model'
import type { Annotation } from '../../../shared/annotations/types'
import { sampleProject } from '../../../shared/export/sample-project'
import { mergeProjects } from '../../../shared/merge'
import type { ProjectFile } from '../../../shared/project/schema'
import { composeCurrent } from './compose'
import { projectFromData } from './operations'
import { createProjectStore, isDirty, type TextSource } from './project-store'
import { sameValue } from '../../../shared/merge/canonical'

const me = { id: 'me', name: 'Me', color: '#2f5d8a' }
const colleague = { id: 'colleague', name: 'Colleague', color: '#8a2f5d' }

/** A small annotated project, as a file on disk holds it. */
function baseProject(): ProjectFile {
  return sampleProject({ parts: 1, articles: 3, annotations: 2 })
}

function note(project: ProjectFile, id: string, author = me): Annotation {
  const template = project.annotations[0] as Annotation
  return createAnnotation({ target: template.target, author, id })
}

function openStore(project = baseProject()) {
  const store = createProjectStore()
  store.started([], { fileName: 'commentary.glossa', project })
  return store
}

const ids = (store: ReturnType<typeof createProjectStore>) => [...store.getState().open!.data.annotations.keys()].sort()
const project = (store: ReturnType<typeof createProjectStore>) => projectFromData(store.getState().open!.data)

/** What crossing IPC does to a project: every object is new. */
const overIpc = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('the project store', () => {
  it('opens a project clean and counts every edit as unsaved', () => {
    const store = openStore()
    expect(isDirty(store.getState())).toBe(false)
    store.apply([{ in: 'annotations', id: 'mine', value: note(project(store), 'mine') }])
    expect(isDirty(store.getState())).toBe(true)
    expect(ids(store)).toContain('mine')
  })

  it('undoes a merge as one step that takes back only what the merge brought (defect 2)', () => {
    const base = baseProject()
    const store = openStore(base)
    store.apply([{ in: 'annotations', id: 'mine', value: note(base, 'mine') }])
    const theirs = { ...base, annotations: [...base.annotations, note(base, 'theirs-1', colleague), note(base, 'theirs-2', colleague)] }
    const merged = overIpc(mergeProjects(overIpc(project(store)), theirs).project)
    store.adopt(merged, sameValue)
    expect(ids(store)).toEqual(['mine', 'note-1', 'note-2', 'theirs-1', 'theirs-2'])

    expect(store.undo()).toBe(true)
    expect(ids(store)).toEqual(['mine', 'note-1', 'note-2'])
    expect(store.redo()).toBe(true)
    expect(ids(store)).toEqual(['mine', 'note-1', 'note-2', 'theirs-1', 'theirs-2'])
  })

  it('undoing my own earlier step after a merge leaves the colleague’s annotations alone', () => {
    const base = baseProject()
    const store = openStore(base)
    store.apply([{ in: 'annotations', id: 'mine', value: note(base, 'mine') }])
    store.adopt(overIpc({ ...project(store), annotations: [...project(store).annotations, note(base, 'theirs', colleague)] }), sameValue)
    // My next edit, then undo it and the merge stays.
    store.apply([{ in: 'annotations', id: 'mine', value: null }])
    expect(store.undo()).toBe(true)
    expect(ids(store)).toEqual(['mine', 'note-1', 'note-2', 'theirs'])
  })

  it('a merge that brings nothing new is no undo step', () => {
    const store = openStore()
    store.adopt(overIpc(project(store)), sameValue)
    expect(store.getState().history.undo).toHaveLength(0)
  })

  it('commentary held in its editor reaches whatever reads the project (a save, an export), and undo, once', () => {
    const store = openStore()
    const original = store.getState().open!.data.annotations.get('note-1')!
    const body = { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'typed, not yet committed' }] }] } }
    let commits = 0
    const commit = () => {
      commits++
      release()
      store.apply([{ in: 'annotations', id: 'note-1', value: { ...original, body } }], { key: 'body:note-1' })
    }
    const release = store.holdEdit(commit)
    expect(isDirty(store.getState())).toBe(false)

    const saved = composeCurrent(store)!
    expect(saved.annotations.find((annotation) => annotation.id === 'note-1')!.body).toEqual(body)
    expect(isDirty(store.getState())).toBe(true)
    // Committed once: nothing is held any more.
    composeCurrent(store)
    store.flushEdits()
    expect(commits).toBe(1)
    store.undo()
    expect(store.getState().open!.data.annotations.get('note-1')).toBe(original)
  })

  it('undo commits held commentary first, so it undoes the typing rather than the step before', () => {
    const store = openStore()
    store.apply([{ in: 'annotations', id: 'mine', value: note(project(store), 'mine') }])
    const original = store.getState().open!.data.annotations.get('note-1')!
    const body = { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'typed' }] }] } }
    const release = store.holdEdit(() => {
      release()
      store.apply([{ in: 'annotations', id: 'note-1', value: { ...original, body } }], { key: 'body:note-1' })
    })
    store.undo()
    expect(store.getState().open!.data.annotations.get('note-1')).toBe(original)
    expect(ids(store)).toContain('mine')
  })

  it('coalesces typing in one commentary into one step, and undoes it back to the text before', () => {
    const store = openStore()
    const original = store.getState().open!.data.annotations.get('note-1')!
    for (const word of ['a', 'ab', 'abc']) {
      const body = { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: word }] }] } }
      store.apply([{ in: 'annotations', id: 'note-1', value: { ...original, body } }], { key: 'body:note-1' })
    }
    expect(store.getState().history.undo).toHaveLength(1)
    store.undo()
    expect(store.getState().open!.data.annotations.get('note-1')).toBe(original)
  })

  it('keeps text edits and annotation operations in one history, in the order they were made', () => {
    const store = openStore()
    const calls: string[] = []
    const text: TextSource = {
      currentDoc: () => {
        throw new Error('not needed')
      },
      currentTargets: (list) => [...list],
      undo: () => {
        calls.push('text undo')
        // The editor's own undo changes the text: that is no new step.
        store.textEdited(false)
        return true
      },
      redo: () => {
        calls.push('text redo')
        store.textEdited(true)
        return true
      },
      closeGroup: () => calls.push('close group')
    }
    store.attachText(text)
    store.textEdited(true)
    store.apply([{ in: 'annotations', id: 'mine', value: note(project(store), 'mine') }])
    store.textEdited(true)
    expect(calls).toEqual(['close group'])

    store.undo()
    expect(calls.at(-1)).toBe('text undo')
    expect(ids(store)).toContain('mine')
    store.undo()
    expect(ids(store)).not.toContain('mine')
    store.undo()
    expect(calls.filter((call) => call === 'text undo')).toHaveLength(2)
    expect(store.undo()).toBe(false)

    store.redo()
    expect(calls.at(-1)).toBe('text redo')
    expect(store.getState().history.redo).toHaveLength(2)
    store.redo()
    expect(ids(store)).toContain('mine')
  })

  it('starts a fresh history with every project opened', () => {
    const store = openStore()
    store.apply([{ in: 'annotations', id: 'mine', value: note(project(store), 'mine') }])
    store.load({ fileName: null, project: baseProject() })
    expect(store.undo()).toBe(false)
    expect(isDirty(store.getState())).toBe(false)
  })
})
