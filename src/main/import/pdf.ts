import type { PdfLine, PdfPage } from '../../shared/import/pdf-layout'

/**
 * Reads a PDF's text layer with pdf.js (the legacy build, which runs in Node without a worker or canvas)
 * and groups its text items into printed lines by their baseline. Layout decisions (joining, running
 * heads) are the pure pdf-layout module's.
 */

interface TextItem {
  str: string
  transform: number[]
  height: number
  hasEOL?: boolean
}

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const sameLineTolerance = 0.35

interface Part {
  x: number
  y: number
  height: number
  text: string
}

/** A note call set as a raised, smaller numeral on a line ("of¹ Article"): an apparatus mark, not text. */
const callText = /^[\d*†‡]+(?:,[\d*†‡]+)*$/u

function isNoteCall(part: Part, baseline: number, lineHeight: number): boolean {
  return callText.test(part.text.trim()) && part.height <= lineHeight * 0.8 && part.y - baseline > lineHeight * 0.2
}

function lineText(parts: Part[]): string {
  const main = parts.reduce((tallest, part) => (part.height > tallest.height ? part : tallest))
  return parts
    .filter((part) => !isNoteCall(part, main.y, main.height))
    .sort((a, b) => a.x - b.x)
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

function linesOf(items: TextItem[]): PdfLine[] {
  const lines: { y: number; height: number; parts: Part[] }[] = []
  for (const item of items) {
    if (!item.str) continue
    const [, , , , x = 0, y = 0] = item.transform
    const height = item.height || Math.abs(item.transform[3] ?? 0) || 1
    const line = lines.find((candidate) => Math.abs(candidate.y - y) < Math.max(candidate.height, height) * sameLineTolerance)
    if (line) line.parts.push({ x, y, height, text: item.str })
    else lines.push({ y, height, parts: [{ x, y, height, text: item.str }] })
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => ({ y: line.y, height: line.height, text: lineText(line.parts) }))
    .filter((line) => line.text)
}

/** The text layer of every page of a PDF, as lines with their positions. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push({ lines: linesOf(content.items.filter((item) => 'str' in item) as TextItem[]) })
      page.cleanup()
    }
    return pages
  } finally {
    await document.destroy()
  }
}
