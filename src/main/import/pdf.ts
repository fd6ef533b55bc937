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

const textOfParts = (parts: Part[]) =>
  parts
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The printed lines among items that share a baseline: left to right, cut where the type size changes
 * (a note set in the margin beside the text is a line of its own), without raised note calls.
 */
function splitLine(parts: Part[]): PdfLine[] {
  const main = parts.reduce((tallest, part) => (part.height > tallest.height ? part : tallest))
  const segments: Part[][] = []
  for (const part of [...parts].sort((a, b) => a.x - b.x)) {
    if (isNoteCall(part, main.y, main.height)) continue
    const segment = segments[segments.length - 1]
    const size = segment?.find((candidate) => candidate.text.trim())?.height
    const sameSize = size === undefined || !part.text.trim() || Math.min(size, part.height) / Math.max(size, part.height) >= 0.8
    if (segment && sameSize) segment.push(part)
    else segments.push([part])
  }
  return segments.map((segment) => {
    const tallest = segment.reduce((a, b) => (b.height > a.height ? b : a))
    return { y: tallest.y, height: tallest.height, x: segment[0]!.x, text: textOfParts(segment) }
  })
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
  // Raised note calls too high to share their text line's baseline (with the spaces set in their type)
  // join the line they are raised above, so that the words around them keep their spaces.
  const calls = lines.filter((line) => line.parts.every((part) => !part.text.trim() || callText.test(part.text.trim())))
  for (const call of calls) {
    const below = lines.find((line) => line !== call && line.height >= call.height * 1.25 && call.y > line.y && call.y - line.y < line.height * 0.6)
    if (!below) continue
    below.parts.push(...call.parts)
    lines.splice(lines.indexOf(call), 1)
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .flatMap((line) => splitLine(line.parts))
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
