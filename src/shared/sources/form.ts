import { fail, ok, type Result } from '../errors'
import type { CslDate, CslItem, CslName } from './types'

/**
 * The source form's fields as the user types them, and their conversion to and from a CSL-JSON item.
 * Fields the form does not show (from an imported file) are kept as they were.
 */
export interface SourceDraft {
  type: string
  title: string
  /** One name a line: "Family, Given"; a line without a comma is an institution ("World Bank"). */
  authors: string
  publisher: string
  place: string
  container: string
  volume: string
  issue: string
  page: string
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  issued: string
  url: string
  accessed: string
  language: string
  /** A case's court, CSL `authority`. */
  authority: string
  /** A case's number (docket) or an act's number, CSL `number`. */
  number: string
  /** A case's neutral citation, "[2019] UKSC 41" (kept in `neutral-citation`: CSL has no variable for it). */
  neutral: string
  /** An act's jurisdiction ("Republic of Kazakhstan", "UK"), CSL `jurisdiction`. */
  jurisdiction: string
}

/** Where the form keeps a case's neutral citation in the CSL-JSON item (see `preparedItem`, which cites it). */
export const neutralCitationField = 'neutral-citation'

const textOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')

function nameLine(name: CslName): string {
  if (name.literal) return name.literal
  return name.given ? `${name.family ?? ''}, ${name.given}` : (name.family ?? '')
}

function parseName(line: string): CslName {
  const comma = line.indexOf(',')
  if (comma < 0) return { literal: line }
  const family = line.slice(0, comma).trim()
  const given = line.slice(comma + 1).trim()
  return given ? { family, given } : { family }
}

/** A CSL date as YYYY[-MM[-DD]], or its raw text. */
export function formatDate(date: CslDate | undefined): string {
  const parts = date?.['date-parts']?.[0]
  if (!parts) return date?.raw ?? ''
  return parts
    .filter((part): part is number => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-')
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; empty text is no date; anything else is null. */
export function parseDate(text: string): CslDate | undefined | null {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const match = trimmed.match(/^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/)
  if (!match) return null
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)))
  if (month !== undefined && (month < 1 || month > 12)) return null
  if (day !== undefined && (day < 1 || day > 31)) return null
  return { 'date-parts': [[year!, ...(month === undefined ? [] : [month]), ...(day === undefined ? [] : [day])] as [number, number?, number?]] }
}

/** The form's fields for an item (an empty form for null). */
export function draftFromItem(item: CslItem | null): SourceDraft {
  return {
    type: item?.type ?? 'book',
    title: item?.title ?? '',
    authors: (item?.author ?? []).map(nameLine).join('\n'),
    publisher: item?.publisher ?? '',
    place: item?.['publisher-place'] ?? '',
    container: item?.['container-title'] ?? '',
    volume: textOf(item?.['volume']),
    issue: textOf(item?.['issue']),
    page: textOf(item?.['page']),
    issued: formatDate(item?.issued),
    url: item?.URL ?? '',
    accessed: formatDate(item?.accessed),
    language: item?.language ?? '',
    authority: textOf(item?.['authority']),
    number: textOf(item?.['number']),
    neutral: textOf(item?.[neutralCitationField]),
    jurisdiction: textOf(item?.['jurisdiction'])
  }
}

/** The item the form describes, built on `base` (the item being edited) and given `id`; or why not. */
export function itemFromDraft(draft: SourceDraft, base: CslItem | null, id: string): Result<CslItem> {
  const title = draft.title.trim()
  if (!title) return fail('errorSourceTitleMissing')
  const issued = parseDate(draft.issued)
  if (issued === null) return fail('errorSourceDateInvalid', { value: draft.issued.trim() })
  const accessed = parseDate(draft.accessed)
  if (accessed === null) return fail('errorSourceDateInvalid', { value: draft.accessed.trim() })
  const url = draft.url.trim()
  if (url && !/^https?:\/\/[^\s<>"]+$/i.test(url)) return fail('errorSourceUrlInvalid', { value: url })

  const item: CslItem = { ...(base ?? {}), id, type: draft.type, title }
  const authors = draft.authors
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(parseName)
  const fields: Record<string, unknown> = {
    author: authors.length > 0 ? authors : undefined,
    publisher: draft.publisher.trim(),
    'publisher-place': draft.place.trim(),
    'container-title': draft.container.trim(),
    volume: draft.volume.trim(),
    issue: draft.issue.trim(),
    page: draft.page.trim(),
    // An unchanged date keeps what the form does not show (a time of day in `raw`, a season).
    issued: base?.issued && draft.issued.trim() === formatDate(base.issued) ? base.issued : issued,
    URL: url,
    accessed,
    language: draft.language.trim(),
    authority: draft.authority.trim(),
    number: draft.number.trim(),
    [neutralCitationField]: draft.neutral.trim(),
    jurisdiction: draft.jurisdiction.trim()
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '') delete item[key]
    else item[key] = value
  }
  return ok(item)
}
