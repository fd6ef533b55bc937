import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotations/types'
import { runsText } from '../citations/runs'
import type { DocJSON } from '../document/types'
import { buildExportModel, type ExportBlock, type ExportModel } from './model'
import { defaultExportOptions, type ExportOptions } from './options'
import { sampleProject } from './sample-project'

/** Which notes the reader meets, and where: the publication's text with calls written as [n]. */
function reading(model: ExportModel): string {
  const inlineText = (block: Extract<ExportBlock, { inlines: unknown }>) => block.inlines.map((inline) => (inline.kind === 'call' ? `[${inline.note}]` : inline.text)).join('')
  return model.blocks.flatMap((block) => (block.kind === 'endnotes' ? [] : [inlineText(block)])).join(' | ')
}

const now = new Date('2026-03-02T12:00:00Z')
const options = (changes: Partial<ExportOptions> = {}): ExportOptions => ({ ...defaultExportOptions, ...changes })
const paragraph = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

/** One project with one article whose text is `text`, and notes on stretches of it (start, end, commentary). */
function projectWith(text: string, notes: { eId?: string; exact: string; body?: string; occurrence?: number }[]) {
  const project = sampleProject({ parts: 1, articles: 1, annotations: 0 })
  const part = project.document!.content.content![1]!
  const article = part.content![1]!
  article.content = [{ type: 'clause', attrs: { eId: 'art_1__para_1', label: '1.' }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }]
  const author = { id: 'author-me', name: 'Me', color: '#000000' }
  project.annotations = notes.map((note, index): Annotation => {
    const unitText = note.eId === 'part_1' ? 'Provisions on topic 1' : text
    const start = unitText.indexOf(note.exact)
    return {
      id: `n${index + 1}`,
      author,
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-01T10:00:00.000Z',
      target: { eId: note.eId ?? 'art_1', quote: { type: 'TextQuoteSelector', exact: note.exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + note.exact.length } },
      tags: [],
      body: { doc: note.body === '' ? { type: 'doc' } : paragraph(note.body ?? `Remark ${index + 1}`) },
      citations: [],
      links: [],
      replies: []
    }
  }) as unknown as typeof project.annotations
  return project
}

describe('notes in the publication', () => {
  it('numbers calls in reading order and puts a nested highlight’s call right after its own text', () => {
    // The outer note is made first, so by creation it would be 1; the reader meets the inner call first.
    const project = projectWith('Measures of a state of emergency are temporary.', [{ exact: 'a state of emergency are temporary.' }, { exact: 'a state' }])
    const model = buildExportModel({ project, options: options(), now })
    expect(reading(model)).toContain('Measures of a state[1] of emergency are temporary.[2]')
    expect(model.notes.map((note) => [note.number, note.annotationId])).toEqual([
      [1, 'n2'],
      [2, 'n1']
    ])
  })

  it('puts the inner call first when two highlights end at the same spot', () => {
    const project = projectWith('The state is secular.', [{ exact: 'The state is secular.' }, { exact: 'secular.' }])
    const model = buildExportModel({ project, options: options(), now })
    expect(reading(model)).toContain('The state is secular.[1][2]')
    expect(model.notes[0]!.annotationId).toBe('n2')
  })

  it('prints notes anchored on a part heading, with their calls in the heading', () => {
    const project = projectWith('Text of the article.', [{ eId: 'part_1', exact: 'topic 1' }, { exact: 'article' }])
    const model = buildExportModel({ project, options: options(), now })
    expect(model.notes.map((note) => note.annotationId)).toEqual(['n1', 'n2'])
    const heading = model.blocks.find((block) => block.kind === 'heading' && block.level === 'part')!
    expect(heading.kind === 'heading' && heading.inlines.some((inline) => inline.kind === 'call' && inline.note === 1)).toBe(true)
  })

  it('lists a part heading’s endnotes with the first article’s', () => {
    const project = projectWith('Text of the article.', [{ eId: 'part_1', exact: 'topic 1' }, { exact: 'article' }])
    const model = buildExportModel({ project, options: options({ placement: 'endnotes' }), now })
    expect(model.blocks.filter((block) => block.kind === 'endnotes')).toEqual([{ kind: 'endnotes', notes: [1, 2] }])
  })

  it('never makes a footnote of a highlight without commentary: a margin mark, or nothing', () => {
    const project = projectWith('Everyone is equal before the law.', [{ exact: 'Everyone', body: '' }, { exact: 'the law.' }])
    const marked = buildExportModel({ project, options: options(), now })
    expect(marked.notes.map((note) => note.annotationId)).toEqual(['n2'])
    expect(reading(marked)).toContain('Everyone is equal before the law.[1]')
    const everyone = marked.blocks.flatMap((block) => (block.kind === 'text' ? block.inlines : [])).find((inline) => inline.kind === 'text' && inline.text === 'Everyone')
    expect(everyone).toMatchObject({ marked: true, notes: [] })
    const none = buildExportModel({ project, options: options({ bareHighlights: 'none' }), now })
    expect(none.blocks.flatMap((block) => (block.kind === 'text' ? block.inlines : [])).some((inline) => inline.kind === 'text' && inline.marked)).toBe(false)
  })

  it('prints the author only when asked, with the profile’s real name and never "Me"', () => {
    const project = projectWith('Everyone is equal before the law.', [{ exact: 'Everyone' }])
    expect(buildExportModel({ project, options: options(), now, identity: { id: 'author-me', name: 'Daniyar Seitkali' } }).notes[0]!.author).toBe('')
    expect(buildExportModel({ project, options: options({ showAuthors: true }), now, identity: { id: 'author-me', name: 'Daniyar Seitkali' } }).notes[0]!.author).toBe('Daniyar Seitkali')
    expect(buildExportModel({ project, options: options({ showAuthors: true }), now }).notes[0]!.author).toBe('')
  })

  it('keeps the quote given with a citation', () => {
    const project = projectWith('Everyone is equal before the law.', [{ exact: 'Everyone' }])
    ;(project.annotations[0] as unknown as Annotation).citations = [{ sourceId: 'src-book', locator: { label: 'page', value: '12' }, quote: 'equality is the first principle' }]
    const note = buildExportModel({ project, options: options(), now }).notes[0]!
    expect(note.quotes).toEqual(['equality is the first principle'])
    expect(runsText(note.citation)).toContain('Constitutional Design in Central Asia')
  })
})
