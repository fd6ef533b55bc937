import type { CslDate } from './types'

/**
 * CSL dates as other tools write them, made into the shape citeproc reads: Better BibTeX's string
 * date-parts (`[["2019", "5"]]`), raw text ("2019/05/01/", "2019-05-01"), `literal` and `raw` kept when
 * they are not plain dates, seasons (21–24 as a month, or `season`), ranges whose ends differ in length,
 * and open ranges (`[[2019], null]`), which become citeproc's open end `[[2019], [0]]` ("2019–").
 */

/** The CSL fields that hold dates. */
export const cslDateFields = ['issued', 'accessed', 'event-date', 'original-date', 'submitted', 'available-date'] as const

type DateParts = [number, number?, number?]

/** A date part as a number, or null when it is none (empty, "", null, "XX"). */
function partNumber(part: unknown): number | null {
  if (typeof part === 'number') return Number.isInteger(part) ? part : null
  if (typeof part === 'string' && /^\s*-?\d+\s*$/.test(part)) return Number(part)
  return null
}

/** One end of a date: its leading numeric parts (a missing month ends it), or null when it has no year. */
function endParts(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null
  const parts: number[] = []
  for (const part of value.slice(0, 3)) {
    const number = partNumber(part)
    if (number === null || (parts.length > 0 && number === 0)) break
    parts.push(number)
  }
  return parts.length > 0 && parts[0] !== 0 ? parts : null
}

/** Reads "2019", "2019-05", "2019/05/01/", "2019-05-01T10:00" as date parts; null for anything else. */
export function datePartsFromText(text: string): DateParts | null {
  const match = text.trim().match(/^(-?\d{1,5})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[/.]+|T[\d:.]+Z?)?$/)
  if (!match) return null
  const parts = [match[1], match[2], match[3]].filter((part): part is string => part !== undefined).map(Number)
  const [, month, day] = parts
  if (month !== undefined && !((month >= 1 && month <= 12) || (month >= 21 && month <= 24))) return null
  if (day !== undefined && (day < 1 || day > 31)) return null
  return parts as DateParts
}

/** A season given as the month (21 spring … 24 winter, as EDTF and biblatex write it) moves to `season`. */
function withSeason(parts: readonly (number | undefined)[], date: CslDate & Record<string, unknown>): DateParts {
  const month = parts[1]
  if (month !== undefined && month >= 21 && month <= 24) {
    date['season'] ??= month - 20
    return [parts[0]!]
  }
  return parts as DateParts
}

/**
 * The date in the shape citeproc reads, undefined when the value holds no date at all (an empty
 * object), or null when it is something that cannot be a date (a number, a list of words).
 */
export function normaliseCslDate(value: unknown): CslDate | undefined | null {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return normaliseCslDate({ raw: value })
  if (typeof value !== 'object' || Array.isArray(value)) return null
  const { 'date-parts': rawParts, raw, literal, ...rest } = value as Record<string, unknown>
  const date: CslDate & Record<string, unknown> = { ...rest }
  if (typeof literal === 'string' && literal.trim()) date['literal'] = literal.trim()
  if (typeof raw === 'string' && raw.trim()) date.raw = raw.trim()

  if (Array.isArray(rawParts) && rawParts.length > 0) {
    const ends = (Array.isArray(rawParts[0]) ? rawParts.slice(0, 2) : [rawParts]).map(endParts)
    const [start, end] = ends
    if (start) {
      if (ends.length === 1) date['date-parts'] = [withSeason(start, date)]
      else if (!end) date['date-parts'] = [[start[0]!], [0]] as DateParts[]
      else {
        // citeproc refuses a range whose ends have different lengths: both keep the parts they share.
        const length = Math.min(start.length, end.length)
        date['date-parts'] = [start.slice(0, length) as DateParts, end.slice(0, length) as DateParts]
      }
    }
  } else if (date.raw && !date['literal']) {
    const parts = datePartsFromText(date.raw)
    if (parts) {
      date['date-parts'] = [withSeason(parts, date)]
      delete date.raw
    }
  }
  if (!date['date-parts'] && !date.raw && !date['literal']) return Object.keys(rest).length > 0 ? null : undefined
  return date
}
