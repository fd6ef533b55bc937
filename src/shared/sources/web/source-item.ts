import { snapshotText } from '../snapshot'
import type { CslDate, CslItem } from '../types'
import { isoText, type FoundDate } from './dates'
import type { SourceReading } from './types'

/**
 * The source a reading makes: a CSL-JSON item of the fields found, with the readable text archived on it.
 * The date keeps its time of day in `raw` ("2026-02-10T15:15:37") beside the date parts the styles print.
 */

export interface ArchiveContext {
  id: string
  /** The file's name; a path is cut to its last part, since the project must not hold the user's folders. */
  fileName: string
  takenAt: Date
}

function cslDate(date: FoundDate): CslDate {
  const parts: [number, number?, number?] = date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day]
  return date.time === undefined ? { 'date-parts': [parts] } : { 'date-parts': [parts], raw: isoText(date) }
}

const dayOf = (moment: Date): CslDate => ({ 'date-parts': [[moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate()]] })

export function sourceFromReading(reading: SourceReading, context: ArchiveContext): CslItem {
  const { fields } = reading
  const item: CslItem = { id: context.id, type: reading.type.value }
  if (fields.title) item.title = fields.title.value
  if (fields.author) item.author = fields.author.value
  if (fields['container-title']) item['container-title'] = fields['container-title'].value
  if (fields.issued) item.issued = cslDate(fields.issued.value)
  if (fields.URL) {
    item.URL = fields.URL.value
    // An online source is cited with the day it was read: the day its text was archived.
    item.accessed = dayOf(context.takenAt)
  }
  if (fields.language) item.language = fields.language.value
  if (fields.section) item['section'] = fields.section.value
  if (fields['event-place']) item['event-place'] = fields['event-place'].value
  item.snapshot = {
    text: snapshotText(reading.paragraphs),
    language: reading.textLanguage,
    takenAt: context.takenAt.toISOString(),
    fileName: context.fileName.split(/[\\/]/).pop() || context.fileName
  }
  return item
}
