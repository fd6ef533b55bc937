import { describe, expect, it } from 'vitest'
import { runsText } from '../citations/runs'
import { buildExportModel, type ExportInline } from './model'
import { defaultExportOptions, type ExportOptions } from './options'
import { sampleProject } from './sample-project'
import { buildPrintView } from './print/print-view'

const now = new Date('2026-03-02T12:00:00Z')
const options = (changes: Partial<ExportOptions> = {}): ExportOptions => ({ ...defaultExportOptions, ...changes })
const highlighted = (inlines: ExportInline[]) => inlines.flatMap((inline) => (inline.kind === 'text' && inline.notes.length > 0 ? [inline.text] : []))

describe('buildExportModel', () => {
  it('highlights exactly each quoted stretch and numbers the notes in reading order', () => {
    const project = sampleProject({ parts: 2, articles: 4, annotations: 4 })
    const model = buildExportModel({ project, options: options(), now })
    const quotes = project.annotations.map((annotation) => annotation.target.quote.exact)
    const texts = model.blocks.flatMap((block) => (block.kind === 'text' ? highlighted(block.inlines) : []))
    expect(texts).toEqual(quotes)
    expect(model.notes.map((note) => note.number)).toEqual([1, 2, 3, 4])
    // Untitled articles are listed by their first words.
    expect(model.toc.map((entry) => entry.text)).toEqual([
      'Part I. Provisions on topic 1',
      'Article 1. Clause 1 of Article 1 concerns the rights…',
      'Article 2. Clause 1 of Article 2 concerns the rights…',
      'Part II. Provisions on topic 2',
      'Article 3. Clause 1 of Article 3 concerns the rights…',
      'Article 4. Clause 1 of Article 4 concerns the rights…'
    ])
  })

  it('falls back to the quote when the position no longer matches the text', () => {
    const project = sampleProject({ parts: 1, articles: 1, annotations: 1 })
    const annotation = project.annotations[0]!
    annotation.target.position = { type: 'TextPositionSelector', start: 40, end: 52 }
    const model = buildExportModel({ project, options: options(), now })
    expect(model.blocks.flatMap((block) => (block.kind === 'text' ? highlighted(block.inlines) : []))).toEqual([annotation.target.quote.exact])
  })

  it('exports only the chosen articles, under their part heading, with only their notes', () => {
    const project = sampleProject({ parts: 2, articles: 6, annotations: 6 })
    const model = buildExportModel({ project, options: options({ scope: { kind: 'articles', eIds: ['art_5'] } }), now })
    expect(model.toc.map((entry) => entry.eId)).toEqual(['part_2', 'art_5'])
    expect(model.notes.map((note) => note.annotationId)).toEqual(['note-5'])
  })

  it('filters annotations by tag and by author', () => {
    const project = sampleProject({ parts: 1, articles: 6, annotations: 6 })
    const byTag = buildExportModel({ project, options: options({ tagIds: ['tag-institutions'] }), now })
    expect(byTag.notes.map((note) => note.annotationId)).toEqual(['note-3', 'note-6'])
    const byAuthor = buildExportModel({ project, options: options({ authorIds: ['author-boris'], showAuthors: true }), now })
    expect(byAuthor.notes.every((note) => note.author === 'Boris Petrov')).toBe(true)
    expect(byAuthor.notes).toHaveLength(3)
  })

  it('lists each cited source once in the bibliography, sorted by author', () => {
    const project = sampleProject({ parts: 1, articles: 9, annotations: 9 })
    const model = buildExportModel({ project, options: options(), now })
    expect(model.bibliography.map(runsText)).toEqual([
      'Keller Anna, Secular States and Their Courts, Journal of Comparative Law (2019)',
      'Omarova Dana, Constitutional Design in Central Asia (Steppe Press 2021)'
    ])
  })

  it('puts endnotes after the article they belong to', () => {
    const project = sampleProject({ parts: 1, articles: 2, annotations: 2 })
    const model = buildExportModel({ project, options: options({ placement: 'endnotes' }), now })
    expect(model.blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'text', 'text', 'endnotes', 'heading', 'text', 'text', 'text', 'endnotes'])
  })
})

describe('buildPrintView', () => {
  const assets = { css: '', fontFaces: '', paginateScript: '/* paginate */' }

  it('escapes hostile project text and allows no network in its policy', () => {
    const project = sampleProject({ parts: 1, articles: 1, annotations: 1 })
    project.meta.title = '<img src=x onerror=alert(1)>'
    project.annotations[0]!.author.name = '</span><script>alert(2)</script>'
    project.annotations[0]!.body.doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'see', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] }] }] }
    const html = buildPrintView(buildExportModel({ project, options: options(), now }), assets, 'abcdefghijklmnop1234')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-abcdefghijklmnop1234'"/)
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('refuses a missing or short nonce', () => {
    const model = buildExportModel({ project: sampleProject({ parts: 1, articles: 1, annotations: 0 }), options: options(), now })
    expect(() => buildPrintView(model, assets, 'x')).toThrow(RangeError)
  })
})
