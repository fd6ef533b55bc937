import type { CslItem } from './types'

/**
 * Recognising one source under two records: the same DOI, URL, ISBN or citation key, or the very same
 * content (a RIS file, which has no keys, imported twice). An ISBN or key alone can name two works (the
 * chapters of one book share its ISBN; `smith2019` can be two books), so those also need the same title.
 */

/** `10.1000/ABC` from "https://doi.org/10.1000/abc", "doi:10.1000/abc" and the like, lower case. */
export function normaliseDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const doi = value.trim().match(/10\.\d{4,9}\/\S+/)?.[0]
  return doi ? doi.toLowerCase().replace(/[.,;]+$/, '') : undefined
}

/** A URL without its scheme, `www.`, fragment and trailing slash, the host in lower case. */
export function normaliseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = value.trim().match(/^https?:\/\/(?:www\.)?([^/?#\s]+)([^#\s]*)/i)
  if (!match) return undefined
  return `${match[1]!.toLowerCase()}${match[2]!.replace(/\/+$/, '')}`
}

/** Each ISBN in the field as ISBN-13 digits (an ISBN-10 converted), so both forms of one book match. */
export function normaliseIsbns(value: unknown): string[] {
  if (typeof value !== 'string' && typeof value !== 'number') return []
  const candidates = String(value).toUpperCase().match(/[\dX][\dX\s-]{8,20}[\dX]/g) ?? []
  return candidates
    .map((candidate) => candidate.replace(/[\s-]/g, ''))
    .flatMap((digits) => {
      if (/^97[89]\d{10}$/.test(digits)) return [digits]
      if (!/^\d{9}[\dX]$/.test(digits)) return []
      const body = `978${digits.slice(0, 9)}`
      const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0)
      return [`${body}${(10 - (sum % 10)) % 10}`]
    })
}

const titleOf = (item: CslItem) => (item.title ?? '').toLocaleLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '')

/** The item's content without its ids, to recognise the same source imported twice from a file without keys. */
function contentKey(item: CslItem): string {
  const { id: _id, 'citation-key': _key, ...rest } = item
  return `content:${JSON.stringify(Object.keys(rest).sort().map((key) => [key, rest[key]]))}`
}

/** The keys that identify an item; keys that need the same title carry it. */
export function identityKeys(item: CslItem): string[] {
  const keys = [contentKey(item)]
  const doi = normaliseDoi(item['DOI'])
  if (doi) keys.push(`doi:${doi}`)
  const url = normaliseUrl(item.URL)
  if (url) keys.push(`url:${url}`)
  const title = titleOf(item)
  for (const isbn of normaliseIsbns(item['ISBN'])) keys.push(`isbn:${isbn}:${title}`)
  // A file's citation key, or its own id (Zotero's item URI, a key given by hand) when it has none.
  for (const key of new Set([item['citation-key'], item.id])) if (typeof key === 'string' && key.trim()) keys.push(`key:${key.trim()}:${title}`)
  return keys
}

/** An index of items by their identity keys, growing as items are added. */
export class DuplicateIndex {
  private readonly byKey = new Map<string, string>()

  constructor(items: readonly CslItem[] = []) {
    for (const item of items) this.add(item)
  }

  /** Remembers `item` (under its id). */
  add(item: CslItem): void {
    for (const key of identityKeys(item)) if (!this.byKey.has(key)) this.byKey.set(key, item.id)
  }

  /** The id of an item already known that is the same source as `item`, if any. */
  find(item: CslItem): string | undefined {
    for (const key of identityKeys(item)) {
      const id = this.byKey.get(key)
      if (id !== undefined) return id
    }
    return undefined
  }
}

/** The known item with the fields it lacks filled from its duplicate; what it has is never overwritten. */
export function mergeDuplicate(known: CslItem, duplicate: CslItem): CslItem {
  const merged: CslItem = { ...known }
  for (const [field, value] of Object.entries(duplicate)) if (merged[field] === undefined && field !== 'id') merged[field] = value
  return merged
}
