import { describe, expect, it } from 'vitest'
import { alignEditions } from '../../editions/align'
import { articleNumbers } from '../../fixtures/generate-editions'
import { buildExportModel } from '../model'
import { defaultExportOptions } from '../options'
import { pairFilters } from './filters'
import type { MarkedParagraph } from './sides'
import { buildComparativeTable, type ComparativeTable } from './table'
import { tableFixture, type TableFixture } from './testing'

const page = defaultExportOptions.page

function tableOf(fixture: TableFixture, labels: 'en' | 'ru' | 'kk', filters?: Parameters<typeof buildComparativeTable>[0]['filters']): ComparativeTable {
  const language = fixture.pair.old.language
  const alignment = alignEditions(fixture.oldDoc, fixture.newDoc, { language })
  const notesModel = buildExportModel({ project: fixture.project, options: { ...defaultExportOptions, form: 'commentary', placement: 'endnotes', language: labels }, now: new Date('2026-03-01T00:00:00Z') })
  return buildComparativeTable({ alignment, oldName: 'first-draft.txt', newName: 'final-draft.txt', labels, language, notesModel, page, filters })
}

const marked = (paragraphs: MarkedParagraph[], mark: 'removed' | 'added') => paragraphs.flatMap((paragraph) => paragraph.runs.filter((run) => run.mark === mark).map((run) => run.text.trim()))
const plain = (paragraph: MarkedParagraph) => paragraph.runs.map((run) => run.text).join('')

describe('the comparative table', () => {
  const fixture = tableFixture('en')
  const oldNumbers = articleNumbers(fixture.pair.old)
  const newNumbers = articleNumbers(fixture.pair.revised)
  const table = tableOf(fixture, 'en')
  const rowOf = (articleId: string) => table.rows.find((row) => row.fromEId === `art_${oldNumbers.get(articleId)}` || (row.fromEId === null && row.toEId === `art_${newNumbers.get(articleId)}`))!

  it('lists the articles whose wording changed, was inserted or deleted, not the ones only renumbered', () => {
    // Ten reworded articles, the one gaining clause 2-1, the one losing a clause, and the inserted article.
    // Ten reworded articles, the one gaining clause 2-1, the one losing a clause, the inserted article; the renamed part.
    expect(table.rows).toHaveLength(fixture.pair.changes.reworded.size + 3 + 1)
    expect(table.rows.filter((row) => row.old.length === 0).map((row) => row.toEId)).toEqual([`art_${newNumbers.get(fixture.pair.changes.insertedArticle)}`])
    const withRenumbered = tableOf(fixture, 'en', new Set(pairFilters))
    expect(withRenumbered.rows.length).toBeGreaterThan(50)
  })

  it('lists a renamed part before its first article, the words of its heading marked', () => {
    const at = table.rows.findIndex((row) => row.fromEId === 'part_2')
    expect(table.rows[at]).toMatchObject({ toEId: 'part_2', oldLabel: 'Part II', newLabel: 'Part II', notes: [] })
    expect(table.rows[at]!.old.map(plain)).toEqual(['Human rights'])
    expect(table.rows[at]!.new.map(plain)).toEqual(['Human and civil rights and freedoms'])
    expect(marked(table.rows[at]!.new, 'added').join(' ')).toContain('civil')
    const firstOfPart = fixture.pair.revised.parts[1]!.articles.map((article) => `art_${newNumbers.get(article.id)}`)
    expect(table.rows.slice(0, at).some((row) => row.toEId !== null && firstOfPart.includes(row.toEId))).toBe(false)
  })

  it('strikes the removed words on the old side and marks the added ones on the new side, under each edition’s article number', () => {
    const [articleId, [clauseId]] = [...fixture.pair.changes.reworded][0]! as [string, string[]]
    const row = rowOf(articleId)
    expect(row.oldLabel).toBe(`Article ${oldNumbers.get(articleId)}`)
    expect(row.newLabel).toBe(`Article ${newNumbers.get(articleId)}`)
    const oldClause = fixture.pair.old.parts.flatMap((part) => part.articles).find((article) => article.id === articleId)!.clauses.find((clause) => clause.id === clauseId)!
    const newClause = fixture.pair.revised.parts.flatMap((part) => part.articles).find((article) => article.id === articleId)!.clauses.find((clause) => clause.id === clauseId)!
    expect(row.old.map(plain)).toContain(oldClause.text)
    expect(row.new.map(plain)).toContain(newClause.text)
    expect(marked(row.new, 'added')).toContain('also')
    // The qualifier replaced: the old one struck, the new one added, the object phrase kept on both sides.
    const removed = marked(row.old, 'removed')
    const added = marked(row.new, 'added')
    expect(removed.length).toBeGreaterThan(0)
    for (const words of removed) expect(oldClause.text.includes(words) && !newClause.text.includes(words) && !oldClause.object.includes(words)).toBe(true)
    for (const words of added) expect(newClause.text.includes(words) && !newClause.object.includes(words)).toBe(true)
  })

  it('shows an inserted clause "2-1." as new on the new side only, and a deleted clause on the old side only', () => {
    const gaining = rowOf(fixture.pair.changes.insertedClause.article)
    const inserted = gaining.new.find((paragraph) => paragraph.label === '2-1.')!
    expect(inserted.runs.every((run) => run.mark === 'added')).toBe(true)
    expect(gaining.old.some((paragraph) => paragraph.label === '2-1.')).toBe(false)
    expect(gaining.old.flatMap((paragraph) => paragraph.runs).every((run) => run.mark === 'same')).toBe(true)

    const losing = rowOf(fixture.pair.changes.deletedClause.article)
    const deletedText = fixture.pair.old.parts.flatMap((part) => part.articles).flatMap((article) => article.clauses).find((clause) => clause.id === fixture.pair.changes.deletedClause.clause)!.text
    expect(losing.old.find((paragraph) => plain(paragraph) === deletedText)!.runs.map((run) => run.mark)).toEqual(['removed'])
    expect(losing.new.map(plain)).not.toContain(deletedText)
    expect(losing.new.length).toBe(losing.old.length - 1)
  })

  it('puts each note with commentary beside its own article, with the words it comments on', () => {
    for (const { eId, quote, commentary } of fixture.commented) {
      const row = table.rows.find((candidate) => candidate.fromEId === eId)!
      expect(row.notes.map((note) => [note.lemma, note.body.map((block) => block.runs.map((run) => run.text).join('')).join('')])).toEqual([[quote, commentary]])
    }
    const others = table.rows.filter((row) => !fixture.commented.some((note) => note.eId === row.fromEId))
    expect(others.flatMap((row) => row.notes)).toEqual([])
  })

  it('heads its columns in the language asked for', () => {
    expect(table.headings).toEqual({ old: 'Previous wording', new: 'New wording', commentary: 'Commentary' })
    const russian = tableOf(tableFixture('ru', { articles: 24 }), 'ru')
    expect([russian.title, russian.headings.old, russian.headings.new, russian.headings.commentary, russian.absent]).toEqual(['Сравнительная таблица', 'Прежняя редакция', 'Новая редакция', 'Комментарий', 'Отсутствует.'])
    const kazakh = tableOf(tableFixture('kk', { articles: 24 }), 'kk')
    expect([kazakh.title, kazakh.headings.commentary, kazakh.deleted]).toEqual(['Салыстырмалы кесте', 'Түсініктеме', 'Алып тасталды.'])
  })
})

describe('the comparative table of two languages', () => {
  it('pairs the articles by number and marks no words: a translation is not a rewording', () => {
    const russian = tableFixture('ru', { articles: 24 })
    const kazakh = tableFixture('kk', { articles: 24 })
    const alignment = alignEditions(russian.oldDoc, kazakh.newDoc, { language: 'kk', by: 'structure' })
    const table = buildComparativeTable({ alignment, oldName: 'ru', newName: 'kk', labels: 'ru', language: 'kk', notesModel: null, page, renamedHeadings: false })
    expect(table.rows.every((row) => row.fromEId === null || row.fromEId.startsWith('art_'))).toBe(true)
    const both = table.rows.filter((row) => row.old.length > 0 && row.new.length > 0)
    expect(both.length).toBeGreaterThan(0)
    for (const row of both) {
      expect(row.oldLabel.replace('Статья ', '')).toBe(row.newLabel.replace('-бап', ''))
      // Each clause whole: kept where both editions have it, marked only where one of them lacks it.
      expect([...row.old, ...row.new].every((paragraph) => paragraph.runs.length === 1)).toBe(true)
    }
  })
})
