import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/types'
import { buildExportModel, type ExportModel } from './model'
import { defaultExportOptions } from './options'
import { sampleAnnotations, sampleProject } from './sample-project'
import { buildPrintView } from './print/print-view'

const now = new Date('2026-03-02T12:00:00Z')
const options = { ...defaultExportOptions, form: 'commentary' as const }

/** Each note's margin number by the words it comments on and its article. */
const marginNumbers = (model: ExportModel, project: { annotations: unknown[] }) =>
  new Map(
    model.notes.map((note) => {
      const annotation = (project.annotations as Annotation[]).find((candidate) => candidate.id === note.annotationId)!
      return [`${annotation.target.eId}: ${note.annotationId}`, note.marginNumber]
    })
  )

describe('the commentary form', () => {
  it('prints each article clean, then its notes as paragraphs numbered from 1 in reading order', () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 6 })
    const model = buildExportModel({ project, options, now })
    expect(model.blocks.some((block) => block.kind !== 'endnotes' && block.inlines.some((inline) => inline.kind === 'call' || (inline.kind === 'text' && inline.notes.length > 0)))).toBe(false)
    const commentaries = model.blocks.filter((block) => block.kind === 'endnotes')
    expect(commentaries).toHaveLength(3)
    for (const block of commentaries) expect(block.notes.map((number) => model.notes[number - 1]!.marginNumber)).toEqual([1, 2])
    expect(model.notes[0]!.lemma).toBe(project.annotations[0]!.target.quote.exact.trim())
  })

  it('keeps every margin number when a note is added to another article', () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 6 })
    const before = marginNumbers(buildExportModel({ project, options, now }), project)
    // A new note on Article 2, at its start: Articles 1 and 3 must not move.
    const extra = { ...sampleAnnotations(project.document!.content, 2)[1]!, id: 'note-new' }
    project.annotations = [...project.annotations, extra] as typeof project.annotations
    const after = marginNumbers(buildExportModel({ project, options, now }), project)
    for (const [key, number] of before) if (!key.startsWith('art_2:')) expect(after.get(key), key).toBe(number)
    expect(after.get('art_2: note-new')).toBeDefined()
  })

  it('prints margin numbers and lemmas in the print view, with no footnotes', () => {
    const project = sampleProject({ parts: 1, articles: 2, annotations: 2, language: 'ru' })
    const html = buildPrintView(buildExportModel({ project, options, now }), { css: '', fontFaces: '', paginateScript: '' }, 'abcdefghijklmnop1234')
    expect(html).not.toContain('class="footnote')
    expect(html).toMatch(/<div class="rn note" id="note-1"><span class="rn-number">1<\/span><span class="rn-lemma">«[^»]+»<\/span>/)
    expect(html).toContain('<h4 class="commentary-title">Комментарий</h4>')
  })
})
