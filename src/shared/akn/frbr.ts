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

export function frbrIdentity(metadata: Partial<AknMetadata> | undefined, title: string | undefined, options: FrbrOptions): FrbrIdentity {
  const known = metadata ?? {}
  const country = segment(options.country ?? known.country ?? '') || 'xx'
  const type = known.type === 'bill' ? 'bill' : 'act'
  const subtype = segment(known.subtype ?? known.type ?? type) || type
  const date = /^\d{4}-\d{2}-\d{2}$/.exec(known.date ?? '')?.[0] ?? (options.date ?? '1970-01-01').slice(0, 10)
  const number = segment(options.number ?? known.number ?? '') || segment(title ?? '') || 'main'
  const twoLetter = options.language ?? known.language ?? ''
  const language = languageCodes3[twoLetter] ?? (/^[a-z]{3}$/.test(twoLetter) ? twoLetter : 'und')
  const work = `/akn/${country}/${type}/${date}/${number}`
  const expression = `${work}/${language}@${date}`
  const aliases = [...(known.aliases ?? [])]
  if (title && !aliases.some((alias) => alias.value === title)) aliases.push({ name: 'title', value: title })
  if (known.number && !aliases.some((alias) => alias.value === known.number)) aliases.push({ name: 'number', value: known.number })
  if (known.uris?.work && known.uris.work !== work) aliases.push({ name: 'source', value: known.uris.work })
  if (!aliases.length) aliases.push({ name: 'glossa', value: work })
  return { country, type, subtype, date, number, language, title, aliases, work, expression, manifestation: `${expression}/!main.xml` }
}
