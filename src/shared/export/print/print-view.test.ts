import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../annotations/types'
import { buildExportModel } from '../model'
import { defaultExportOptions, type ExportOptions } from '../options'
import { sampleProject, type SampleLanguage } from '../sample-project'
import { buildPrintView } from './print-view'

const now = new Date('2026-03-02T12:00:00Z')
const assets = { css: '', fontFaces: '', paginateScript: '' }
const view = (language: SampleLanguage, changes: Partial<ExportOptions> = {}, annotations = 3) =>
  buildPrintView(buildExportModel({ project: sampleProject({ parts: 2, articles: 4, annotations, language }), options: { ...defaultExportOptions, ...changes }, now }), assets, 'abcdefghijklmnop1234')

describe('the printed book in the document’s language', () => {
  it('labels contents, bibliography and page numbers in Kazakh, Russian or English, with lang set for hyphenation', () => {
    const kazakh = view('kk')
    expect(kazakh).toMatch(/<html lang="kk">/)
    expect(kazakh).toContain('<h2>Мазмұны</h2>')
    expect(kazakh).toContain('counter(pages) " беттің " counter(page) "-беті"')
    const russian = view('ru')
    expect(russian).toContain('<h2>Содержание</h2>')
    expect(russian).toContain('"стр. " counter(page) " из " counter(pages)')
    expect(view('en')).toContain('<h2>Contents</h2>')
    // The chosen language wins over the document's.
    expect(view('kk', { language: 'ru' })).toContain('<h2>Содержание</h2>')
    expect(view('kk', { language: 'ru' })).toMatch(/<main class="legal-text" lang="kk">/)
  })

  it('quotes a citation’s passage in «» for Russian and Kazakh, “” for English', () => {
    const withQuote = (language: SampleLanguage) => {
      const project = sampleProject({ parts: 1, articles: 1, annotations: 1, language })
      ;(project.annotations[0] as unknown as Annotation).citations = [{ sourceId: 'src-book', quote: 'the first principle' }]
      return buildPrintView(buildExportModel({ project, options: defaultExportOptions, now }), assets, 'abcdefghijklmnop1234')
    }
    expect(withQuote('ru')).toContain('«the first principle»')
    expect(withQuote('kk')).toContain('«the first principle»')
    expect(withQuote('en')).toContain('“the first principle”')
  })

  it('prints the title once when the project is named after its document', () => {
    const project = sampleProject({ parts: 1, articles: 1, annotations: 0 })
    project.meta.title = project.document!.name
    const html = buildPrintView(buildExportModel({ project, options: defaultExportOptions, now }), assets, 'abcdefghijklmnop1234')
    const titlePage = html.slice(html.indexOf('<section class="title-page">'), html.indexOf('</section>'))
    expect(titlePage.split(project.document!.name).length - 1).toBe(1)
  })

  it('groups the contents by part and names each part and the bibliography in the running head', () => {
    const html = view('en')
    expect(html).toMatch(/<li class="toc-part"><a href="#u-part_1">.*?<\/a><ol>\s*<li class="toc-article">/s)
    expect(html).toContain('data-running-head="Part I. Provisions on topic 1"')
    expect(html).toContain('<h2 data-running-head="Bibliography">Bibliography</h2>')
  })

  it('prints a note’s article links as cross-references whose page is filled in after layout', () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 1, language: 'ru' })
    ;(project.annotations[0] as unknown as Annotation).links = ['art_3', 'art_9']
    const html = buildPrintView(buildExportModel({ project, options: defaultExportOptions, now }), assets, 'abcdefghijklmnop1234')
    expect(html).toContain('<span class="note-links">См. <a class="xref" href="#u-art_3" data-page-label="с.">Статья 3</a>.</span>')
    const partial = buildPrintView(buildExportModel({ project, options: { ...defaultExportOptions, scope: { kind: 'articles', eIds: ['art_1'] } }, now }), assets, 'abcdefghijklmnop1234')
    // An article left out of the export is named, not linked.
    expect(partial).toContain('<span class="note-links">См. Статья 3.</span>')
  })

  it('keeps two calls at one spot apart', () => {
    const project = sampleProject({ parts: 1, articles: 1, annotations: 2 })
    const [first, second] = project.annotations as unknown as Annotation[]
    second!.target = JSON.parse(JSON.stringify(first!.target))
    second!.target.quote.exact = first!.target.quote.exact.slice(4)
    second!.target.position.start = first!.target.position.start + 4
    const html = buildPrintView(buildExportModel({ project, options: defaultExportOptions, now }), assets, 'abcdefghijklmnop1234')
    expect(html).toContain('data-note="1">1</a><sup class="call-separator">,\u00a0</sup><a class="fn-call" href="#note-2" data-note="2">2</a>')
  })
})
