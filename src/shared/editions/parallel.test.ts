import { describe, expect, it } from 'vitest'
import { buildDocumentTextOfJSON } from '../annotations/document-text'
import { createAnnotation } from '../annotations/model'
import { targetFromUnitOffsets } from '../annotations/selectors'
import { generateEditionPair } from '../fixtures/generate-editions'
import { parallelView } from './parallel'
import { importEdition } from './testing'

const author = { id: 'a', name: 'A', color: '#000000' }

function edition(language: 'kk' | 'ru' | 'en', id: string) {
  return { name: id, language, content: importEdition(generateEditionPair({ language, articles: 12, parts: 2 }).old), edition: { id, label: id } }
}

function noteOn(content: ReturnType<typeof edition>['content'], eId: string, id: string) {
  const unit = buildDocumentTextOfJSON(content).units.get(eId)!
  return createAnnotation({ target: targetFromUnitOffsets(unit, 0, 10), author, id })
}

describe('the parallel view of one law in three languages', () => {
  it('puts each article beside its counterparts and marks a note on one beside the others', () => {
    const kk = edition('kk', 'kk')
    const ru = edition('ru', 'ru')
    const en = edition('en', 'en')
    const onKazakh = noteOn(kk.content, 'art_3', 'on-kk')
    const russianNote = noteOn(ru.content, 'art_5', 'on-ru')
    const onRussian = { ...noteOn(kk.content, 'art_5', 'on-ru'), orphan: true as const, anchors: { ru: { target: russianNote.target, status: 'exact' as const } } }
    const view = parallelView(kk, [ru, en], [onKazakh, onRussian])
    expect(view.columns.map((column) => column.language)).toEqual(['kk', 'ru', 'en'])
    expect(view.rows).toHaveLength(12)
    expect(view.rows.every((row) => row.cells.every((cell, index) => cell?.eId === row.cells[0]!.eId && (index === 0 || cell.text !== row.cells[0]!.text)))).toBe(true)
    expect(view.rows[2]!.cells.map((cell) => cell!.notes)).toEqual([['on-kk'], [], []])
    expect(view.rows[2]!.markers).toEqual([0, 1, 1])
    // A note anchored only in the Russian text: a marker beside the Kazakh and English articles.
    expect(view.rows[4]!.cells.map((cell) => cell!.notes)).toEqual([[], ['on-ru'], []])
    expect(view.rows[4]!.markers).toEqual([1, 0, 1])
    expect(view.rows[0]!.markers).toEqual([0, 0, 0])
  })
})
