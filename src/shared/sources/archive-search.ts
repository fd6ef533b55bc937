import { passagesOf } from './passages'
import type { CslItem } from './types'

/**
 * The project's search in the sources' archived texts: which sources hold the query, in which paragraphs,
 * with a snippet of the first. Matching folds case, white space, quotes and dashes as `passagesOf` does.
 */

export interface ArchiveHit {
  sourceId: string
  title: string
  /** The paragraphs that hold the query, numbered from 1. */
  paragraphs: number[]
  before: string
  match: string
  after: string
}

/** Characters of context on each side of the first match. */
const context = 40

export function searchArchives(sources: readonly CslItem[], query: string): ArchiveHit[] {
  if (!query.trim()) return []
  return sources.flatMap((source) => {
    if (!source.snapshot) return []
    const ranges = passagesOf(source.snapshot, query)
    const first = ranges[0]
    if (!first) return []
    const text = source.snapshot.text.split('\n')[first.paragraph - 1]!
    return [
      {
        sourceId: source.id,
        title: source.title ?? source.id,
        paragraphs: [...new Set(ranges.map((range) => range.paragraph))],
        before: (first.start > context ? '…' : '') + text.slice(Math.max(0, first.start - context), first.start),
        match: text.slice(first.start, first.end),
        after: text.slice(first.end, first.end + context) + (first.end + context < text.length ? '…' : '')
      }
    ]
  })
}
