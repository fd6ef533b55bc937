import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfTextString, setPdfInfo } from './pdf-info'

/** A minimal one-page PDF with a classic cross-reference table, as Chromium writes them. */
function minimalPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(text.length)
    text += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(text)
}

describe('setPdfInfo', () => {
  it('writes title and author in any script, readable by pdfinfo', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossa-pdf-info-')), 'out.pdf')
    writeFileSync(file, setPdfInfo(minimalPdf(), { title: 'Конституция: әділ қоғам', author: 'Aigerim Sadykova, Boris Petrov' }))
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Title:\s+Конституция: әділ қоғам/)
    expect(info).toMatch(/Author:\s+Aigerim Sadykova, Boris Petrov/)
    expect(info).toMatch(/Pages:\s+1/)
  })

  it('encodes text as UTF-16BE with a byte-order mark, so no value can close the string', () => {
    expect(pdfTextString('a)')).toBe('<FEFF00610029>')
  })

  it('refuses bytes that are not a PDF', () => {
    expect(() => setPdfInfo(new TextEncoder().encode('hello'), { title: 't', author: 'a' })).toThrow(RangeError)
  })
})
