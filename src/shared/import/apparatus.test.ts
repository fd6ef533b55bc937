import { describe, expect, it } from 'vitest'
import { htmlToText } from './html'
import { importPlainText } from './plain-text'

const law = (articles: number) =>
  Array.from({ length: articles }, (_, index) => [`Article ${index + 1}`, `1. The first clause of article ${index + 1}.`, `2. The second clause of article ${index + 1}.`]).flat()

const imported = (lines: string[]) => {
  const result = importPlainText(lines.join('\n'))
  if (!result.ok) throw new Error(result.error.code)
  return result
}
const codes = (lines: string[]) => imported(lines).report.warnings.map((warning) => warning.code)

describe('the apparatus of a publication', () => {
  it('leaves out a table of contents with page numbers and dot leaders, its title and the title page before it', () => {
    const contents = ['Contents', 'Part I. General provisions ........ 3', ...[1, 2, 3, 4].map((n) => `Article ${n} ........ ${n + 2}`), 'Bibliography ........ 9']
    const result = imported(['The Constitution of Examplestan', 'Draft for discussion', 'A. Scholar, 2026', ...contents, 'Part I. General provisions', ...law(4)])
    expect(result.report.counts).toMatchObject({ parts: 1, articles: 4, clauses: 8, preamble: false })
    expect(result.doc.content?.[0]).toEqual({ type: 'title', content: [{ type: 'text', text: 'The Constitution of Examplestan' }] })
    expect(result.report.warnings).toEqual([
      { code: 'contentsLeftOut', params: { lines: 7 } },
      { code: 'titlePageLeftOut', params: { lines: 2 } }
    ])
  })

  it('leaves out a table of contents without page numbers (a Word field never updated)', () => {
    const result = imported(['Title', 'Part I. General', 'Article 1', 'Article 2', 'Article 3', 'Part I. General', ...law(3)])
    expect(result.report.counts).toMatchObject({ parts: 1, articles: 3 })
    expect(result.report.warnings.map((warning) => warning.code)).toEqual(['contentsLeftOut'])
  })

  it('keeps headings in a row that the text does not repeat: repealed articles are law', () => {
    const lines = ['Title', ...law(2), 'Article 3. Repealed', 'Article 4. Repealed', 'Article 5. Repealed', 'Article 6', '1. Still in force.']
    expect(imported(lines).report.counts.articles).toBe(6)
    expect(codes(lines)).not.toContain('contentsLeftOut')
  })

  it('leaves out a bibliography after the last article, but not a clause or a heading that names one', () => {
    const withBibliography = imported(['Title', ...law(2), 'Bibliography', 'Smith A, Secularism (OUP 2019)', 'Jones B, Courts (CUP 2020)'])
    expect(withBibliography.report.warnings).toEqual([{ code: 'backMatterLeftOut', params: { lines: 3 } }])
    expect(JSON.stringify(withBibliography.doc)).not.toContain('Smith A')
    // Russian, and run on after its title as a PDF's lines may be.
    expect(codes(['Заглавие', 'Статья 1', '1. Текст.', 'Библиография Иванов И. Право. 2020'])).toEqual(['backMatterLeftOut'])
    expect(codes(['Title', ...law(1), '3. References to courts include tribunals.'])).not.toContain('backMatterLeftOut')
    expect(codes(['Title', 'Bibliography', ...law(2)])).not.toContain('backMatterLeftOut')
  })
})

describe('notes in HTML (as mammoth renders Word, and as web pages mark them)', () => {
  it('leaves out footnote calls and the footnotes they point to', () => {
    const html = [
      '<h3>Article 1</h3><p>1. Everyone is equal<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> before the law.</p>',
      '<p>2. See <a href="#art2">Article 2</a>.</p><h3 id="art2">Article 2</h3><p>1. Text<a role="doc-noteref" href="#n2">2</a>.</p>',
      '<ol><li id="footnote-1"><p>A comment. <a href="#footnote-ref-1">↑</a></p></li></ol><aside id="n2">Another.</aside>'
    ].join('')
    expect(htmlToText(html)).toBe('Article 1\n1. Everyone is equal before the law.\n2. See Article 2.\nArticle 2\n1. Text.')
  })

  it('leaves out endnotes called by plain superscript numbers, up to the next heading', () => {
    const html = '<h3>Article 1</h3><p>1. Everyone<sup>1</sup> is equal.</p><p><strong>1</strong> A comment.</p><p>A citation.</p><h3>Article 2</h3><p><strong>2</strong> A bold number nothing calls stays.</p>'
    expect(htmlToText(html)).toBe('Article 1\n1. Everyone is equal.\nArticle 2\n2 A bold number nothing calls stays.')
  })
})
