import { describe, expect, it } from 'vitest'
import { ok, type Result } from '../../../shared/errors'
import { sampleProject } from '../../../shared/export/sample-project'
import type { ProjectFile } from '../../../shared/project/schema'
import { projectFromData } from './operations'
import { createProjectStore, isDirty } from './project-store'
import { createSaveQueue } from './save-queue'
import type { SavedProject } from '../../../shared/ipc'

/** A main process whose saves the test answers by hand, in any order it likes. */
function slowMain() {
  const sent: { project: ProjectFile; revision: number; answer: (value: Result<SavedProject | null>) => void }[] = []
  const send = (request: { project: ProjectFile; revision: number }) =>
    new Promise<Result<SavedProject | null>>((resolve) => sent.push({ ...request, answer: resolve }))
  return { sent, send }
}

/** Main's answer: it wrote the revision it was sent. */
const written = (request: { revision: number }) => ok({ fileName: 'commentary.glossa', revision: request.revision, recent: [] })
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function openStore() {
  const store = createProjectStore()
  store.started([], { fileName: 'commentary.glossa', project: sampleProject({ parts: 1, articles: 2, annotations: 1 }) })
  return store
}

const tag = (id: string) => ({ id, name: id, color: '#e0b43c', description: '', parentId: null })

describe('saving', () => {
  it('keeps a tag added while a save is in flight, unsaved, and saves it next (defect 1)', async () => {
    const store = openStore()
    const main = slowMain()
    const saves = createSaveQueue(store, main.send)
    store.apply([{ in: 'tags', id: 'first', value: tag('first') }])
    const first = saves.save()
    await tick()
    expect(main.sent).toHaveLength(1)

    store.apply([{ in: 'tags', id: 'during', value: tag('during') }])
    main.sent[0]!.answer(written(main.sent[0]!))
    await first
    const tags = projectFromData(store.getState().open!.data).tags.map((each) => each.id)
    expect(tags).toContain('during')
    expect(isDirty(store.getState())).toBe(true)

    const second = saves.save()
    await tick()
    expect(main.sent[1]!.project.tags.map((each) => each.id)).toContain('during')
    main.sent[1]!.answer(written(main.sent[1]!))
    await second
    expect(isDirty(store.getState())).toBe(false)
  })

  it('sends one save at a time; saves asked for meanwhile become one more save of the newest project', async () => {
    const store = openStore()
    const main = slowMain()
    const saves = createSaveQueue(store, main.send)
    store.apply([{ in: 'tags', id: 'one', value: tag('one') }])
    const first = saves.save()
    store.apply([{ in: 'tags', id: 'two', value: tag('two') }])
    void saves.save()
    store.apply([{ in: 'tags', id: 'three', value: tag('three') }])
    const last = saves.save()
    await tick()
    expect(main.sent).toHaveLength(1)
    main.sent[0]!.answer(written(main.sent[0]!))
    await tick()
    expect(main.sent).toHaveLength(2)
    expect(main.sent[1]!.project.tags.map((each) => each.id).slice(-3)).toEqual(['one', 'two', 'three'])
    expect(main.sent[1]!.revision).toBeGreaterThan(main.sent[0]!.revision)
    main.sent[1]!.answer(written(main.sent[1]!))
    await Promise.all([first, last])
    expect(isDirty(store.getState())).toBe(false)
  })

  it('stays unsaved when main refuses, and a reply about a project no longer open changes nothing', async () => {
    const store = openStore()
    const main = slowMain()
    const saves = createSaveQueue(store, main.send)
    store.apply([{ in: 'tags', id: 'one', value: tag('one') }])
    const refused = saves.save()
    await tick()
    main.sent[0]!.answer({ ok: false, error: { code: 'errorSaveFailed' } } as Result<SavedProject | null>)
    await refused
    expect(isDirty(store.getState())).toBe(true)
    expect(store.getState().error).not.toBeNull()

    const late = saves.save()
    await tick()
    store.load({ fileName: null, project: sampleProject({ parts: 1, articles: 1, annotations: 0 }) })
    store.apply([{ in: 'tags', id: 'other', value: tag('other') }])
    main.sent[1]!.answer(written(main.sent[1]!))
    await late
    expect(store.getState().open!.fileName).toBeNull()
    expect(isDirty(store.getState())).toBe(true)
  })
})
