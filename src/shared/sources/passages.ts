import type { Citation } from '../annotations/types'
import { snapshotParagraphs } from './snapshot'
import type { CslItem, SourceSnapshot } from './types'

/**
 * Quoted passages and the archived texts they come from: where a quote stands in its source's text (by
 * paragraph, to highlight it and to give its pinpoint), and, before export, which quotes are no longer
 * there (the text was archived again after the site changed, or the quote was edited). Quotes are compared
 * with runs of white space as one space and typographic quotes and dashes as their plain forms, since
 * copying from a page changes those and nothing a reader would call the text.
 */

export interface PassageRange {
  /** The paragraph's number, from 1. */
  paragraph: number
  start: number
  end: number
}

/** One character per character, so offsets in the folded text are offsets in the original. */
const foldCharacter = (character: string) =>
  /[«»“”„"]/u.test(character) ? '"' : /[‘’‚']/u.test(character) ? "'" : /[–—‑]/u.test(character) ? '-' : /\s/u.test(character) ? ' ' : character.toLowerCase()

const fold = (text: string) => Array.from(text, foldCharacter).join('')
const foldQuote = (quote: string) => fold(quote.trim()).replace(/ {2,}/g, ' ')

/** Offsets of `needle` in `text` with runs of spaces in the text matching one space of the needle. */
function findFolded(text: string, needle: string, from = 0): { start: number; end: number } | undefined {
  if (!needle) return undefined
  const pattern = new RegExp(needle.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' +'), 'g')
  pattern.lastIndex = from
  const match = pattern.exec(text)
  return match ? { start: match.index, end: match.index + match[0].length } : undefined
}

/** Every place a quote stands in an archived text (a quote stays within one paragraph). */
export function passagesOf(snapshot: SourceSnapshot, quote: string): PassageRange[] {
  const needle = foldQuote(quote)
  return snapshotParagraphs(snapshot).flatMap((paragraph, index) => {
    const folded = fold(paragraph)
    const ranges: PassageRange[] = []
    for (let found = findFolded(folded, needle); found; found = findFolded(folded, needle, found.end)) ranges.push({ paragraph: index + 1, ...found })
    return ranges
  })
}

/** Something that cites: an annotation's id and its citations. */
export interface Citing {
  id: string
  citations: readonly Citation[]
}

/** A quote that is not in its source's archived text. */
export interface MissingQuote {
  annotationId: string
  sourceId: string
  quote: string
}

/** The quotes of citations into archived sources that their source's text no longer holds, in order. */
export function missingQuotes(annotations: readonly Citing[], sources: readonly CslItem[]): MissingQuote[] {
  const byId = new Map(sources.map((source) => [source.id, source]))
  return annotations.flatMap((annotation) =>
    annotation.citations.flatMap((citation) => {
      const snapshot = byId.get(citation.sourceId)?.snapshot
      const quote = citation.quote?.trim()
      if (!snapshot || !quote || passagesOf(snapshot, quote).length > 0) return []
      return [{ annotationId: annotation.id, sourceId: citation.sourceId, quote }]
    })
  )
}
