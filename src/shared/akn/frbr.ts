import type { AknMetadata } from './metadata'
import { languageCodes3 } from './vocabulary'

/**
 * The FRBR identification of an export, by the Akoma Ntoso naming convention:
 * work `/akn/{country}/{type}/{date}/{number}`, expression `{work}/{language}@{date}`, manifestation
 * `{expression}/!main.xml`. What the document's import read is said again; what nobody said has a
 * stated default (country "xx", the export's date, a number made from the title).
 */

export interface FrbrIdentity {
  country: string
  type: 'act' | 'bill'
  subtype: string
  /** The work's date as its URIs carry it: a day, or a year ("1977") where that is all the document says. */
  uriDate: string
  /** A calendar day for the FRBRdate elements (xsd:date): the work's, else the export's. */
  date: string
  number: string
  /** ISO 639-2, as FRBRlanguage wants it. */
  language: string
  title?: string
  aliases: { name: string; value: string }[]
  work: string
  expression: string
  manifestation: string
}

export interface FrbrOptions {
  /** ISO 639-1 language of the text (Glossa's). */
  language?: string
  /** The export's own date-time (ISO), the fallback for the work's date. */
  date?: string
  /** Chosen by whoever exports (the command line): they win over what the document says. */
  country?: string
  number?: string
}

/** Characters an AKN URI segment may hold: letters, digits and `-`; everything else becomes `-`. */
function segment(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}

/** A real calendar day as xsd:date wants it ("2024-02-30" is none), or undefined. */
function calendarDay(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined
}

export function frbrIdentity(metadata: Partial<AknMetadata> | undefined, title: string | undefined, options: FrbrOptions): FrbrIdentity {
  const known = metadata ?? {}
  // ISO 3166-1 alpha-2, or a subdivision ("us-ca"); anything else is no country AKN URIs can carry.
  const country = [options.country, known.country].map((value) => value?.trim().toLowerCase()).find((value) => value && /^[a-z]{2}(?:-[a-z0-9]{1,3})?$/.test(value)) ?? 'xx'
  const type = known.type === 'bill' ? 'bill' : 'act'
  const subtype = segment(known.subtype ?? known.type ?? type) || type
  const exportDay = calendarDay(options.date?.slice(0, 10)) ?? '1970-01-01'
  const date = calendarDay(known.date) ?? exportDay
  const uriDate = calendarDay(known.date) ?? (/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(known.date ?? '') ? known.date! : exportDay)
  const number = segment(options.number ?? known.number ?? '') || segment(title ?? '') || 'main'
  const twoLetter = options.language ?? known.language ?? ''
  const language = languageCodes3[twoLetter] ?? (/^[a-z]{3}$/.test(twoLetter) ? twoLetter : 'und')
  const work = `/akn/${country}/${type}/${uriDate}/${number}`
  const expression = `${work}/${language}@${uriDate}`
  const aliases = [...(known.aliases ?? [])]
  if (title && !aliases.some((alias) => alias.value === title)) aliases.push({ name: 'title', value: title })
  if (known.number && !aliases.some((alias) => alias.value === known.number)) aliases.push({ name: 'number', value: known.number })
  if (known.uris?.work && known.uris.work !== work) aliases.push({ name: 'source', value: known.uris.work })
  if (!aliases.length) aliases.push({ name: 'glossa', value: work })
  return { country, type, subtype, uriDate, date, number, language, title, aliases, work, expression, manifestation: `${expression}/!main.xml` }
}
