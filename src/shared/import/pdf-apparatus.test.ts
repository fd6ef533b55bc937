import { describe, expect, it } from 'vitest'
import { patternsFor } from './patterns'
import { pdfPagesToText, type PdfLine, type PdfPage } from './pdf-layout'

/** A line of text (11 pt) or of notes and running heads (9 pt), at `y` from the bottom of the page. */
const text = (value: string, y: number, x = 70): PdfLine => ({ text: value, y, height: 11, x })
const small = (value: string, y: number, x = 70): PdfLine => ({ text: value, y, height: 9, x })

describe('PDF apparatus in small type', () => {
  it('leaves out running heads that change with the part, footnotes, note calls and margin notes', () => {
    const pages: PdfPage[] = [1, 2, 3].map((n) => ({
      lines: [
        small(`Part ${n}. Heading of part ${n}`, 800),
        text(`Article ${n}`, 760),
        small(`${n}`, 745),
        text(`1. The clause of article ${n} that has a note.`, 740),
        small('A note set in the margin', 740, 420),
        text(`2. The second clause of article ${n}.`, 720),
        small(`${n}. The footnote on article ${n},`, 120),
        small('which runs on.', 108),
        small(`page ${n} of 3`, 30)
      ]
    }))
    expect(pdfPagesToText(pages, patternsFor('en'))).toBe(
      [1, 2, 3].map((n) => `Article ${n}\n1. The clause of article ${n} that has a note.\n2. The second clause of article ${n}.`).join('\n')
    )
  })

  it('keeps small type between lines of text that is not a numbered note (a table, an aside)', () => {
    const pages: PdfPage[] = [{ lines: [text('Article 1', 760), text('1. The rates are:', 740), small('Rate A: 5 per cent', 725), text('2. Next clause.', 700)] }]
    expect(pdfPagesToText(pages, patternsFor('en'))).toContain('Rate A: 5 per cent')
  })

  it('keeps the closing words of clauses that end many pages at different heights', () => {
    const pages: PdfPage[] = [1, 2, 3, 4].map((n) => ({ lines: [text(`Article ${n}`, 760), text(`1. Clause of article ${n} goes on`, 740 - n * 40), text('and ends here.', 728 - n * 40)] }))
    expect(pdfPagesToText(pages, patternsFor('en')).split('\n').filter((line) => line.endsWith('and ends here.'))).toHaveLength(4)
  })
})
