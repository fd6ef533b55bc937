import { passagesOf } from '../../../shared/sources/passages'
import type { SourceSnapshot } from '../../../shared/sources/types'

/**
 * The pieces of each paragraph of an archived text as the pane shows them: plain text, passages quoted by
 * the notes that cite the source, and matches of the pane's search. Where a quote and a match overlap the
 * match shows, since the reader is looking for it.
 */

export type MarkKind = 'quoted' | 'found'

export interface Piece {
  text: string
  kind: MarkKind | null
}

export function markedParagraphs(snapshot: SourceSnapshot, quotes: readonly string[], search: string): Piece[][] {
  const paragraphs = snapshot.text.split('\n')
  const kinds = paragraphs.map((paragraph) => new Array<MarkKind | null>(paragraph.length).fill(null))
  const mark = (needle: string, kind: MarkKind) => {
    for (const range of passagesOf(snapshot, needle)) kinds[range.paragraph - 1]!.fill(kind, range.start, range.end)
  }
  for (const quote of quotes) mark(quote, 'quoted')
  if (search.trim()) mark(search, 'found')
  return paragraphs.map((paragraph, index) => {
    const pieces: Piece[] = []
    for (let at = 0; at < paragraph.length; ) {
      const kind = kinds[index]![at]!
      let end = at + 1
      while (end < paragraph.length && kinds[index]![end] === kind) end++
      pieces.push({ text: paragraph.slice(at, end), kind })
      at = end
    }
    return pieces
  })
}
