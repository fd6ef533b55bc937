import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../shared/annotations/model'
import { targetFromUnitOffsets } from '../../../shared/annotations/selectors'
import { buildDocumentTextOfJSON } from '../../../shared/annotations/document-text'
import { importPlainText } from '../../../shared/import/plain-text'
import { createProject } from '../../../shared/project/create'
import { projectFromData } from '../store/operations'
import { createProjectStore } from '../store/project-store'
import { acceptRevision } from './revise'

const law = (clause: string) => ['Constitution of Examplestan', '', 'Article 1', `1. ${clause}`, '2. The state is neutral.', '', 'Article 2', '1. Everyone is equal before the law.'].join('\n')

function imported(text: string) {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome.doc
}

function openStore() {
  const doc = imported(law('The Republic is a secular state.'))
  const text = buildDocumentTextOfJSON(doc)
  const author = { id: 'a', name: 'A', color: '#000000' }
  const note = (id: string, eId: string, quote: string) => {
    const unit = text.units.get(eId)!
    const start = unit.text.indexOf(quote)
    return createAnnotation({ target: targetFromUnitOffsets(unit, start, start + quote.length), author, id })
  }
  const project = {
    ...createProject({ title: 'Law', document: { name: 'Law', language: 'en', content: doc, edition: { id: 'first', label: 'First draft' } } }),
    annotations: [note('secular', 'art_1', 'secular state'), note('equal', 'art_2', 'equal before the law')]
  }
  const store = createProjectStore()
  store.started([], { fileName: 'law.glossa', project })
  return store
}

const current = (store: ReturnType<typeof createProjectStore>) => projectFromData(store.getState().open!.data)

describe('importing a revised version in the app', () => {
  it('reads the revised text with the notes carried, the old edition kept, as one step that undo takes back whole', () => {
    const store = openStore()
    const before = current(store)
    const revisedDoc = imported(law('The Republic is a democratic state.'))
    const waiting = acceptRevision(store, { fileName: 'final.txt', doc: revisedDoc, report: { language: 'en', format: 'text' } as never }, { label: 'Final draft', date: '2026-02-12' })
    const after = current(store)
    expect(store.getState().open!.content).toBe(revisedDoc)
    expect(after.document?.edition).toMatchObject({ label: 'Final draft', date: '2026-02-12' })
    expect(after.editions.map((edition) => edition.edition.label)).toEqual(['First draft'])
    expect(after.annotations.map((annotation) => annotation.id)).toEqual(['secular', 'equal'])
    expect(after.annotations[1]!.review).toBeUndefined()
    expect(after.annotations[0]!.review).toEqual({ from: 'first' })
    expect(waiting).toBe(1)
    expect(store.getState().history.undo).toHaveLength(1)

    expect(store.undo()).toBe(true)
    expect(current(store).document).toEqual(before.document)
    expect(current(store).editions).toEqual([])
    expect(current(store).annotations).toEqual(before.annotations)
    expect(store.getState().open!.content).toEqual(before.document!.content)
    expect(store.redo()).toBe(true)
    expect(current(store).document?.edition?.label).toBe('Final draft')
  })
})
