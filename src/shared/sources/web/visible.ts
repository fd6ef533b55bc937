import { findDate, type FoundDate } from './dates'
import { namesFromText } from './names'
import type { FieldValues } from './types'

/**
 * What a page without tags (or a PDF, a DOCX, pasted text) says about itself in its visible text: the
 * byline ("By …", "Автор: …", "Авторы: …"), the date printed near the headline ("10.02.2026 15:15:37",
 * "1 февраля 2026", "2026 жылғы 1 ақпан"), the dateline that opens a news story ("ASTANA –",
 * "АСТАНА, 10 февраля –", "ASTANA, Feb. 10 (Kazinform) –"), and the "Source:" line.
 */

const bylineLine = /^(?:by|author|authors|written by|автор|авторы|текст|мәтін|дайындаған)\s*[:：]?\s+(.{2,120})$/iu
const sourceLine = /^(?:source|источник|дереккөз|дерек көзі|ақпарат көзі)\s*[:：]\s*(.{2,200})$/iu
const dateline = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)(?=[\s.,–—-])[.,]?\s*(.{0,60}?)\s*[–—]\s+\S/u
/** A line short enough to be the date under a headline rather than a sentence that mentions a date. */
const dateLineLength = 90
/** How far into the text the headline's byline and date may stand. */
const headLines = 12

/** A byline without the stop that ends it, unless the stop ends an initial ("Ахметова А. Б."). */
const withoutEndStop = (text: string) => text.replace(/[,;]\s*$/, '').replace(/(?<!(?:^|[\s.])\p{Lu})\.\s*$/u, '')

const titleCase = (word: string) => word.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())

export interface VisibleContext {
  /** The year for a date printed without one ("on Feb. 10"): the page's other dates or the day it was saved. */
  defaultYear: number
}

/** The fields the visible text gives (their origin is `text`). */
export function visibleFields(lines: string[], context: VisibleContext): FieldValues {
  const fields: FieldValues = {}
  const head = lines.slice(0, headLines)
  for (const line of head) {
    const byline = bylineLine.exec(line)
    if (byline && !fields.author) fields.author = namesFromText(withoutEndStop(byline[1]!))
  }
  const dated = head.filter((line) => line.length <= dateLineLength).map((line) => findDate(line)).find((date): date is FoundDate => date !== undefined)
  if (dated) fields.issued = dated
  const opening = lines.find((line) => dateline.test(line))
  if (opening) {
    const [, place, rest] = dateline.exec(opening)!
    fields['event-place'] = titleCase(place!)
    const date = findDate(rest!, context.defaultYear)
    if (date && !fields.issued) fields.issued = date
  }
  if (!fields.issued) {
    // "… told the Senate on Feb. 10": the story's first sentences date it when nothing else does.
    const firstParagraphs = lines.filter((line) => line.length > dateLineLength).slice(0, 2).join(' ')
    const date = findDate(firstParagraphs, context.defaultYear)
    if (date) fields.issued = date
  }
  for (const line of lines) {
    const source = sourceLine.exec(line)?.[1]?.trim()
    if (!source) continue
    if (/^https?:\/\//i.test(source)) fields.URL ??= source
    else fields['container-title'] ??= source.replace(/[.;]\s*$/, '')
  }
  return fields
}
