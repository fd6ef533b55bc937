import { describe, expect, it } from 'vitest'
import { generateEditionPair } from '../fixtures/generate-editions'
import { createProject } from '../project/create'
import { validateProject } from '../project/parse'
import { reviseProject } from './revise-project'
import { importEdition, notesAndExpectations } from './testing'

describe('importing a revised version into a project', () => {
  it('makes the revised edition the document and carries every note to it, orphans kept with their words', () => {
    const pair = generateEditionPair({ language: 'kk', deleteArticle: true })
    const oldDoc = importEdition(pair.old)
    const expectations = notesAndExpectations(pair, oldDoc)
    const project = { ...createProject({ title: 'Түсініктеме', document: { name: 'Бірінші жоба', language: 'kk', content: oldDoc } }), annotations: expectations.map((expectation) => expectation.note) }
    const revisedDoc = importEdition(pair.revised)
    const ids = ['first', 'final']
    const { project: revised, carried } = reviseProject(
      { ...project, document: project.document! },
      { language: 'kk', source: { fileName: 'final.docx', format: 'docx' }, content: revisedDoc, edition: { label: 'Соңғы жоба', date: '2026-02-12' } },
      () => ids.shift()!
    )

    expect(revised.document).toEqual({
      name: 'Мысалстан Республикасының Конституциясы',
      language: 'kk',
      source: { fileName: 'final.docx', format: 'docx' },
      content: revisedDoc,
      edition: { id: 'final', label: 'Соңғы жоба', date: '2026-02-12' }
    })
    // The old edition is kept, and each note keeps its old place in it.
    expect(revised.editions).toEqual([{ ...project.document, edition: { id: 'first', label: 'Бірінші жоба' } }])
    expect(revised.annotations.map((annotation) => annotation.anchors?.['first']?.target)).toEqual(project.annotations.map((annotation) => annotation.target))
    // Changed and orphaned notes wait for review; only orphans are flagged as such.
    expect(revised.annotations.map((annotation) => annotation.review?.from ?? null)).toEqual(carried.notes.map((note) => (note.status === 'changed' || note.status === 'orphaned' ? 'first' : null)))
    expect(revised.annotations.map((annotation) => annotation.orphan === true)).toEqual(carried.notes.map((note) => note.status === 'orphaned'))
    expect(carried.notes.some((note) => note.status === 'changed')).toBe(true)
    expect(carried.notes.map((note) => note.to)).toEqual(expectations.map((expectation) => expectation.article))
    const orphans = revised.annotations.filter((_, index) => carried.notes[index]!.status === 'orphaned')
    expect(orphans.map((annotation) => annotation.target.quote.exact)).toEqual(expectations.filter((expectation) => expectation.status === 'orphaned').map((expectation) => expectation.quote))
    expect(orphans.length).toBeGreaterThan(1)
    expect(validateProject(revised).ok).toBe(true)
  })

  it('finds each note\'s article by number in a text in another language, and keeps the note as an orphan there', () => {
    const russian = generateEditionPair({ language: 'ru', articles: 30 }).old
    const kazakh = generateEditionPair({ language: 'kk', articles: 30 }).old
    const oldDoc = importEdition(russian)
    const expectations = notesAndExpectations({ ...generateEditionPair({ language: 'ru', articles: 30 }), old: russian }, oldDoc)
    const project = { ...createProject({ title: 'Комментарий', document: { name: 'Проект', language: 'ru', content: oldDoc } }), annotations: expectations.map((expectation) => expectation.note) }
    const { project: revised, carried } = reviseProject({ ...project, document: project.document! }, { language: 'kk', content: importEdition(kazakh) })
    expect(carried.notes.filter((note) => note.status !== 'orphaned')).toEqual([])
    expect(revised.annotations.map((annotation) => annotation.target.eId)).toEqual(expectations.map((expectation) => expectation.note.target.eId))
    expect(carried.alignment.articles.every((entry) => entry.from?.eId === entry.to?.eId)).toBe(true)
  })
})
