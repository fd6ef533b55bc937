import type { Citation } from '../annotations/types'
import { fail, ok, type Result } from '../errors'
import { DuplicateIndex, mergeDuplicate } from './duplicates'
import type { RefusedSource } from './entry'
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

/** What importing a file did: sources added, merged into one already there (or one earlier in the file), refused. */
export interface SourceImportReport {
  accepted: number
  merged: number
  refused: RefusedSource[]
}

export interface LibraryImport {
  library: CslItem[]
  /** The sources added, with the ids they got. */
  added: CslItem[]
  report: SourceImportReport
}

/**
 * Adds a file's sources to the library. A source already there (same DOI, URL, ISBN or citation key, see
 * `DuplicateIndex`), or earlier in the same file, is merged into it instead of added: the known source keeps
 * its id and what it has, and gains the fields it lacked. A new source whose id is taken gets a new id.
 */
export function importIntoLibrary(library: readonly CslItem[], incoming: readonly CslItem[], refused: readonly RefusedSource[] = []): LibraryImport {
  const result = [...library]
  const position = new Map(result.map((item, index) => [item.id, index]))
  const index = new DuplicateIndex(library)
  const added: CslItem[] = []
  let merged = 0
  for (const item of incoming) {
    const knownId = index.find(item)
    if (knownId !== undefined) {
      const at = position.get(knownId)!
      result[at] = mergeDuplicate(result[at]!, item)
      const addedAt = added.findIndex((source) => source.id === knownId)
      if (addedAt >= 0) added[addedAt] = result[at]!
      merged += 1
      continue
    }
    const id = uniqueSourceId(item.id || suggestSourceId(item), new Set(position.keys()))
    const source = { ...item, id }
    position.set(id, result.length)
    result.push(source)
    added.push(source)
    index.add(source)
  }
  return { library: result, added, report: { accepted: added.length, merged, refused: [...refused] } }
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
