import type { Citation } from '../annotations/types'
import { fail, ok, type Result } from '../errors'
import type { CslItem } from './types'

/**
 * The project's source library: adding (by hand or from a file), replacing, removing, and finding the
 * annotations that cite a source. Pure functions from a library to a new library.
 */

/** A readable id from the first author's family name (or the title's first word) and the year: `smith2019`. */
export function suggestSourceId(item: Partial<Pick<CslItem, 'author' | 'editor' | 'title' | 'issued'>>): string {
  const person = item.author?.[0] ?? item.editor?.[0]
  const word = person?.family ?? person?.literal ?? item.title?.split(/\s+/)[0] ?? 'source'
  const year = item.issued?.['date-parts']?.[0]?.[0] ?? ''
  const slug = `${word}${year}`
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 40)
  return slug || 'source'
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueSourceId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}

/** The item's content without its ids, to recognise the same source imported twice. */
function contentKey(item: CslItem): string {
  const { id: _id, 'citation-key': _key, ...rest } = item
  return JSON.stringify(Object.keys(rest).sort().map((key) => [key, rest[key]]))
}

export interface LibraryAddition {
  library: CslItem[]
  /** The sources added, with the ids they got. */
  added: CslItem[]
  /** Sources already in the library with the same content, not added again. */
  skipped: number
}

/** Adds sources; one whose id is taken gets a new id, one already there (same content) is skipped. */
export function addToLibrary(library: readonly CslItem[], incoming: readonly CslItem[]): LibraryAddition {
  const taken = new Set(library.map((item) => item.id))
  const known = new Set(library.map(contentKey))
  const added: CslItem[] = []
  let skipped = 0
  for (const item of incoming) {
    const key = contentKey(item)
    if (known.has(key)) {
      skipped += 1
      continue
    }
    const id = uniqueSourceId(item.id || suggestSourceId(item), taken)
    taken.add(id)
    known.add(key)
    added.push({ ...item, id })
  }
  return { library: [...library, ...added], added, skipped }
}

/** Replaces the source with the same id, or adds it at the end. */
export function putSource(library: readonly CslItem[], item: CslItem): CslItem[] {
  return library.some((source) => source.id === item.id) ? library.map((source) => (source.id === item.id ? item : source)) : [...library, item]
}

/** Something that cites sources: an annotation. */
export interface Citing {
  id: string
  citations: readonly Citation[]
}

/** The annotations citing a source, each with its citations of that source, in the order given. */
export function citationsOf<A extends Citing>(annotations: readonly A[], sourceId: string): { annotation: A; citations: Citation[] }[] {
  return annotations
    .map((annotation) => ({ annotation, citations: annotation.citations.filter((citation) => citation.sourceId === sourceId) }))
    .filter((entry) => entry.citations.length > 0)
}

/** Removes a source no annotation cites; a cited source stays, so no citation ever points nowhere. */
export function removeSource(library: readonly CslItem[], annotations: readonly Citing[], sourceId: string): Result<CslItem[]> {
  if (citationsOf(annotations, sourceId).length > 0) return fail('errorSourceCited')
  return ok(library.filter((source) => source.id !== sourceId))
}
