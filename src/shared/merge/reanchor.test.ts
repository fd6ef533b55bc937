import { describe, expect, it } from 'vitest'
import { importEdition, notesAndExpectations } from '../editions/testing'
import { generateEditionPair } from '../fixtures/generate-editions'
import { createProject } from '../project/create'
import { reanchorInto } from './reanchor'

describe('merging a file that annotates another edition', () => {
  it('places each of their notes in its own article of my edition, after renumbering, or keeps it as an orphan', () => {
    const pair = generateEditionPair({ language: 'ru' })
    const oldDoc = importEdition(pair.old)
    const expectations = notesAndExpectations(pair, oldDoc)
    const theirs = { ...createProject({ title: 'Их', document: { name: 'Первый проект', language: 'ru', content: oldDoc } }), annotations: expectations.map((expectation) => expectation.note) }
    const mine = createProject({ title: 'Мой', document: { name: 'Окончательный проект', language: 'ru', content: importEdition(pair.revised) } })
    const result = reanchorInto(theirs, { ...mine, document: mine.document! })
    const placed = result.project.annotations.map((annotation) => (result.orphans.includes(annotation.id) ? null : annotation.target.eId))
    expect(placed).toEqual(expectations.map((expectation) => expectation.article))
    const retargeted = result.project.annotations.filter((annotation, index) => !result.orphans.includes(annotation.id) && JSON.stringify(annotation.target) !== JSON.stringify(expectations[index]!.note.target))
    expect(result.moved).toBe(retargeted.length)
    expect(result.moved).toBeGreaterThan(100)
  })
})
