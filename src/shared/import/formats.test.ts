import { describe, expect, it } from 'vitest'
import { generateLegalHtml, generateLegalText } from '../fixtures/generate-text'
import { decodeText } from './decode'
import { htmlToText } from './html'
import { importFile, type FormatReaders } from './import-file'
import { markdownToText } from './markdown'
import { patternsFor } from './patterns'
import { pdfPagesToText, type PdfPage } from './pdf-layout'

const noReaders: FormatReaders = {
  docxToHtml: () => Promise.reject(new Error('not used')),
  pdfPages: () => Promise.reject(new Error('not used'))
}

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8
    bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff
  }
  return bytes
}

/** Windows-1251 encodes Cyrillic А..я as 0xC0..0xFF, Ё/ё as 0xA8/0xB8. */
const windows1251 = (text: string) =>
  Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0)
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (char === 'Ё') return 0xa8
    if (char === 'ё') return 0xb8
    if (code < 0x80) return code
    throw new Error(`not in Windows-1251: ${char}`)
  })

describe('text encodings', () => {
  const russian = generateLegalText({ language: 'ru', parts: 2, articles: 6 })
  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(utf16(russian, true))?.text).toBe(russian)
    expect(decodeText(utf16(russian, false))?.text).toBe(russian)
  })
  it('detects Windows-1251', () => {
    const decoded = decodeText(windows1251(russian))
    expect(decoded?.encoding).toBe('WINDOWS-1251')
    expect(decoded?.text).toBe(russian)
  })
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(russian)
    expect(decodeText(bytes)?.text).toBe(russian)
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))?.text).toBe(russian)
  })
  it('imports a Windows-1251 .txt file as Russian', async () => {
    const result = await importFile(windows1251(russian), 'konstitutsiya.txt', noReaders)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.report).toMatchObject({ format: 'text', language: 'ru', counts: { parts: 2, articles: 6 } })
  })
})

describe('Markdown', () => {
  it('drops heading marks and emphasis', () => {
    expect(markdownToText('# Title\n\n## Part I\n\n**Article 1**\n\n1. A clause \\*with\\* stars.')).toBe('Title\n\n Part I\n\nArticle 1\n\n1. A clause *with* stars.'.replace(' Part', 'Part'))
  })
  it('imports a Kazakh Markdown file', async () => {
    const markdown = generateLegalText({ language: 'kk', parts: 3, articles: 9 }).replace(/^(\d+-бап|[IVX]+ бөлім.*)$/gmu, '## $1')
    const result = await importFile(new TextEncoder().encode(markdown), 'ata-zan.md', noReaders)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.report).toMatchObject({ format: 'markdown', language: 'kk', counts: { parts: 3, articles: 9 } })
  })
})

describe('HTML', () => {
  it('reads a saved web page without its scripts and navigation', async () => {
    const html = generateLegalHtml({ language: 'ru', parts: 11, articles: 95 })
    const text = htmlToText(html)
    expect(text).not.toContain('analytics')
    expect(text).not.toContain('Home')
    const result = await importFile(new TextEncoder().encode(html), 'constitution.htm', noReaders)
    if (!result.ok) throw new Error(result.error.code)
    expect(result.value.report).toMatchObject({ format: 'html', language: 'ru', counts: { preamble: true, parts: 11, articles: 95 }, warnings: [] })
  })
  it('gives numbered list items their numbers back', () => {
    expect(htmlToText('<h4>Article 1</h4><ol><li>First.</li><li><p>Second.</p></li></ol><ol start="3"><li>Third.</li></ol>')).toBe(
      'Article 1\n1. First.\n2. Second.\n3. Third.'
    )
  })
})

describe('PDF text layout', () => {
  const line = (text: string, y: number): PdfPage['lines'][number] => ({ text, y, height: 10 })
  it('drops running heads and page numbers, joins wrapped lines and undoes hyphenation', () => {
    const pages: PdfPage[] = [1, 2, 3].map((page) => ({
      lines: [
        line('Constitution of Examplestan', 800),
        line(`Article ${page}`, 760),
        line(`1. This clause is long and wraps onto a sec-`, 740),
        line('ond line that ends here.', 728),
        line('2. Short clause.', 710),
        line(`${page}`, 40)
      ]
    }))
    expect(pdfPagesToText(pages, patternsFor('en'))).toBe(
      [1, 2, 3].map((page) => `Article ${page}\n1. This clause is long and wraps onto a second line that ends here.\n2. Short clause.`).join('\n')
    )
  })
  it('joins a large heading that wraps, but not the text after it', () => {
    const heading = (text: string, y: number) => ({ text, y, height: 16 })
    const pages: PdfPage[] = [
      { lines: [heading('Part I. Provisions on the state and on the', 700), heading('courts of first instance', 682), line('Article 1', 650), line('Text of the article', 630), line('goes on here.', 618)] }
    ]
    expect(pdfPagesToText(pages, patternsFor('en'))).toBe('Part I. Provisions on the state and on the courts of first instance\nArticle 1\nText of the article goes on here.')
  })
  it('keeps the hyphen of a Kazakh article label', () => {
    const pages: PdfPage[] = [{ lines: [line('5-бап', 700), line('Мәтін осы жерде', 680), line('жалғасады.', 668)] }]
    expect(pdfPagesToText(pages, patternsFor('kk'))).toBe('5-бап\nМәтін осы жерде жалғасады.')
  })
})

describe('files that cannot be imported', () => {
  const refusal = async (bytes: Uint8Array, name: string) => {
    const result = await importFile(bytes, name, noReaders)
    return result.ok ? 'imported' : result.error.code
  }
  it('names the problem for each kind of bad input', async () => {
    expect(await refusal(new Uint8Array(), 'empty.txt')).toBe('errorImportEmpty')
    expect(await refusal(new TextEncoder().encode(' \n\n  \n'), 'blank.txt')).toBe('errorImportEmpty')
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'image.txt')).toBe('errorImportBinary')
    expect(await refusal(new TextEncoder().encode('Dear colleague,\nno law here.'), 'letter.txt')).toBe('errorImportNoArticles')
    expect(await refusal(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.txt')).toBe('errorImportTooLarge')
    expect(await refusal(new TextEncoder().encode('text'), 'law.rtf')).toBe('errorImportUnsupported')
    expect(await refusal(new TextEncoder().encode('not a zip'), 'law.docx')).toBe('errorImportNotDocx')
    expect(await refusal(new TextEncoder().encode('not a pdf'), 'law.pdf')).toBe('errorImportNotPdf')
    expect(await refusal(new TextEncoder().encode('<html>no law</html>'), 'law.xml')).toBe('errorImportNotAkn')
  })
  it('refuses a PDF whose pages carry no text layer', async () => {
    const scan: FormatReaders = { ...noReaders, pdfPages: async () => [{ lines: [] }, { lines: [] }] }
    const result = await importFile(new TextEncoder().encode('%PDF-1.7 ...'), 'scan.pdf', scan)
    expect(result.ok ? null : result.error).toEqual({ code: 'errorImportNoTextLayer', params: { pages: 2 } })
  })
})
