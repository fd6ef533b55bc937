import { patternsByLanguage } from './patterns'
import { recogniseLine, type HeadingPatterns } from './recognise'

/**
 * Rebuilds the running text of a PDF from its text layer, page by page: drops the running headers,
 * footers and page numbers a printer repeats on every page, and the notes set in smaller type than the
 * text (see `smallTypeApparatus`); joins the lines of a paragraph that the page width broke, and undoes
 * end-of-line hyphenation ("constitu-" + "tional"). A new paragraph starts where the vertical gap is wider
 * than the line spacing, after a line that ends a sentence, and where a line is a heading, clause or
 * sub-point.
 */

/** One printed line: its text and where it sits (PDF units, y grows upwards as in PDF). */
export interface PdfLine {
  text: string
  y: number
  /** Font size, or the line's height. */
  height: number
  /** Where the line starts, left to right (PDF units), when the reader knows it. */
  x?: number
}

export interface PdfPage {
  lines: PdfLine[]
}

/** A line repeated at the same place on at least this share of pages is a running header or footer. */
const repeatedShare = 0.5
/** How many lines at the top and bottom of a page may be running heads. */
const marginLines = 2

const pageNumber = /^(?:[-–—]?\s*\d+\s*[-–—]?|(?:page|стр\.?|страница|бет)\s*\d+(?:\s*(?:of|из|\/)\s*\d+)?|\d+\s*(?:of|из|\/)\s*\d+|\d+-бет)$/iu

const endsSentence = /[.;:!?…]["»”)]?$/u

/** A line with its digits masked, so "Page 3" and "Page 4" count as the same running footer. */
const shape = (text: string) => text.replace(/\d+/g, '#').trim().toLowerCase()

/**
 * What identifies a running line across pages: its shape ("Page #") and its place on the page. Headings,
 * clauses and sub-points are law, never running heads, however often they repeat ("1. Excluded."); nor is a
 * line of text that happens to end many pages at different heights (the same closing words of every clause).
 */
function runningKey(line: PdfLine, patterns: HeadingPatterns): string | undefined {
  return recogniseLine(line.text.trim(), patterns).kind === 'text' ? `${shape(line.text)}@${Math.round(line.y / 2)}` : undefined
}

function runningLines(pages: PdfPage[], patterns: HeadingPatterns): Set<string> {
  const seen = new Map<string, number>()
  for (const page of pages) {
    const edges = new Set([...page.lines.slice(0, marginLines), ...page.lines.slice(-marginLines)].map((line) => runningKey(line, patterns)))
    for (const text of edges) if (text !== undefined) seen.set(text, (seen.get(text) ?? 0) + 1)
  }
  const running = new Set<string>()
  if (pages.length < 3) return running
  for (const [text, count] of seen) if (count >= pages.length * repeatedShare) running.add(text)
  return running
}

function isEdge(page: PdfPage, index: number): boolean {
  return index < marginLines || index >= page.lines.length - marginLines
}

/** Joins a line to the paragraph before it, undoing a hyphen the line break made. */
function join(paragraph: string, line: string): string {
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line
  return `${paragraph} ${line}`
}

/** The text of a PDF's pages, one paragraph, heading, clause or sub-point per line. */
export function pdfPagesToText(pages: PdfPage[], patterns: HeadingPatterns): string {
  const running = runningLines(pages, patterns)
  const apparatus = smallTypeApparatus(pages)
  const paragraphs: string[] = []
  let current: string | undefined
  let previousIsHeading = false
  let lastLine: PdfLine | undefined
  for (const page of pages) {
    const body = page.lines.filter((line, index) => {
      const text = line.text.trim()
      if (!text || apparatus.has(line)) return false
      if (!isEdge(page, index)) return true
      const key = runningKey(line, patterns)
      return !pageNumber.test(text) && (key === undefined || !running.has(key))
    })
    const gaps = body.slice(1).map((line, index) => body[index]!.y - line.y).filter((gap) => gap > 0)
    const lineSpacing = median(gaps) ?? 0
    const bodyHeight = median(body.map((line) => line.height)) ?? 0
    body.forEach((line, index) => {
      const text = line.text.trim()
      const kind = recogniseLine(text, patterns).kind
      const previous = body[index - 1]
      const gap = previous ? previous.y - line.y : 0
      // A heading set larger than the text and too long for one line goes on in the same large type.
      if (previousIsHeading && kind === 'text' && previous && continuesHeading(previous, line, bodyHeight)) {
        current = join(current!, text)
        return
      }
      // A line that ends a sentence ends its paragraph too: single-line paragraphs leave no wider gap to see.
      // A change of type size starts one as well (a title page's lines, a heading on the next page).
      const sizeChanged = lastLine !== undefined && Math.abs(lastLine.height - line.height) > Math.max(lastLine.height, line.height) * 0.15
      lastLine = line
      const startsParagraph =
        sizeChanged ||
        current === undefined ||
        kind !== 'text' ||
        previousIsHeading ||
        endsSentence.test(current) ||
        (index > 0 && gap > lineSpacing * 1.3 + 0.5) ||
        gap < 0
      if (startsParagraph) {
        if (current !== undefined) paragraphs.push(current)
        current = text
      } else {
        current = join(current!, text)
      }
      previousIsHeading = kind !== 'text' && kind !== 'clause' && kind !== 'subpoint'
    })
  }
  if (current !== undefined) paragraphs.push(current)
  return paragraphs.join('\n')
}

/** A line set this much smaller than the text is a note, a running head or a note call, not the text. */
const smallTypeShare = 0.88

/** A note call printed as a line of its own (a superscript above its text line): "12", "3, 4", "*". */
const noteCall = /^[\d*†‡]+(?:\s*,\s*[\d*†‡]+)*$/u

/** A note begins with its number or mark: "12.", "12 ", "*". */
const noteStart = /^(?:\d{1,4}[.)]?\s|[*†‡]\s?)/u

/** Article headings in any of the languages Glossa reads: the text's size is measured from them. */
const articleHeadings = Object.values(patternsByLanguage).flatMap((patterns) => patterns.article)
const isArticleHeading = (text: string) => articleHeadings.some((pattern) => pattern.test(text))

/**
 * The size of the text: the usual size of the line that follows an article heading (the article's first
 * words), else of the line that carries the most text. In a commentary whose notes outweigh the text, the
 * most text is in the notes' size: the article's first line is not.
 */
function textHeight(pages: PdfPage[]): number {
  const firstLines: number[] = []
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      if (!isArticleHeading(line.text.trim())) return
      const next = page.lines.slice(index + 1).find((candidate) => !noteCall.test(candidate.text.trim()))
      if (next) firstLines.push(next.height)
    })
  }
  if (firstLines.length > 0) return median(firstLines)!
  const weighted = new Map<number, number>()
  for (const line of pages.flatMap((page) => page.lines)) weighted.set(line.height, (weighted.get(line.height) ?? 0) + line.text.length)
  return [...weighted.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

/** How far right of the text's left edge a line in small type starts to be a note in the margin (PDF units, ~35 mm). */
const marginOffset = 100

/**
 * Lines in smaller type than the text that are a publication's apparatus, not its text: running heads
 * above the first line of text on a page, the footnotes (and page number) below its last, note calls
 * printed as lines of their own, notes in the margin beside the text, and notes that begin with their
 * number between two lines of text. Small type elsewhere (a table, an aside that is not numbered) is kept.
 */
function smallTypeApparatus(pages: PdfPage[]): Set<PdfLine> {
  const limit = textHeight(pages) * smallTypeShare
  const lefts = pages.flatMap((page) => page.lines.filter((line) => line.height > limit && line.x !== undefined).map((line) => line.x!))
  const textLeft = median(lefts)
  const apparatus = new Set<PdfLine>()
  for (const page of pages) {
    const small = page.lines.map((line) => line.height <= limit)
    const first = small.indexOf(false)
    const last = small.lastIndexOf(false)
    page.lines.forEach((line, index) => {
      if (!small[index]) return
      const inMargin = textLeft !== undefined && line.x !== undefined && line.x > textLeft + marginOffset
      if (first < 0 || index < first || index > last || inMargin || noteCall.test(line.text.trim())) apparatus.add(line)
    })
    // A run of small lines inside the page that begins with a note's number: notes placed after their article.
    for (let index = first; index >= 0 && index <= last; index++) {
      if (!small[index] || small[index - 1] || apparatus.has(page.lines[index]!) || !noteStart.test(page.lines[index]!.text.trim())) continue
      for (let inRun = index; inRun <= last && small[inRun]; inRun++) apparatus.add(page.lines[inRun]!)
    }
  }
  return apparatus
}

/** The pages without the lines in small type that are apparatus (see `smallTypeApparatus`): what the text is. */
export function withoutSmallTypeApparatus(pages: PdfPage[]): PdfPage[] {
  const apparatus = smallTypeApparatus(pages)
  return pages.map((page) => ({ lines: page.lines.filter((line) => !apparatus.has(line)) }))
}

function continuesHeading(heading: PdfLine, line: PdfLine, bodyHeight: number): boolean {
  const sameType = Math.abs(heading.height - line.height) <= heading.height * 0.05
  return sameType && line.height > bodyHeight * 1.1 && heading.y - line.y <= line.height * 1.6
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
