import { diffArrays } from 'diff'

/**
 * The word-level difference between two wordings, with jsdiff over words cut by `Intl.Segmenter` for the
 * text's language (jsdiff's own word pattern knows only Latin letters: a Cyrillic word would fall apart into
 * letters). Words and punctuation are compared, spaces are not (so the spaces between two replaced words
 * never pass for kept text); each run still covers its stretch of text with its spaces, so the runs rebuild
 * both wordings exactly and an offset in the old wording can be carried to the new one.
 */

/** A run of words kept, removed or added. */
export interface WordChange {
  kind: 'same' | 'removed' | 'added'
  /** The run as the new wording has it (a removed run: as the old one had it). */
  text: string
  /** A kept run as the old wording had it, when its spacing differs. */
  before?: string
}

interface Token {
  text: string
  start: number
}

const segmenters = new Map<string, Intl.Segmenter>()

function tokens(text: string, language: string): Token[] {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language || 'en', { granularity: 'word' })
    segmenters.set(language, segmenter)
  }
  const result: Token[] = []
  for (const { segment, index } of segmenter.segment(text)) if (!/^\s+$/u.test(segment)) result.push({ text: segment, start: index })
  return result
}

/** The text of tokens [from, from + count): from the first one's start (the text's start for the first) to the next one's. */
function stretch(text: string, list: Token[], from: number, count: number): string {
  const start = from === 0 ? 0 : list[from]!.start
  const end = from + count >= list.length ? text.length : list[from + count]!.start
  return text.slice(start, end)
}

/** The changes that turn `before` into `after`, word by word. */
export function wordDiff(before: string, after: string, language = 'en'): WordChange[] {
  const oldTokens = tokens(before, language)
  const newTokens = tokens(after, language)
  const changes: WordChange[] = []
  let oldAt = 0
  let newAt = 0
  for (const change of diffArrays(oldTokens.map((token) => token.text), newTokens.map((token) => token.text))) {
    const count = change.count
    if (change.removed) {
      changes.push({ kind: 'removed', text: stretch(before, oldTokens, oldAt, count) })
      oldAt += count
    } else if (change.added) {
      changes.push({ kind: 'added', text: stretch(after, newTokens, newAt, count) })
      newAt += count
    } else {
      const text = stretch(after, newTokens, newAt, count)
      const old = stretch(before, oldTokens, oldAt, count)
      changes.push(old === text ? { kind: 'same', text } : { kind: 'same', text, before: old })
      oldAt += count
      newAt += count
    }
  }
  return changes
}

/**
 * Where an offset in the old wording falls in the new one. Inside words that were replaced, a start goes to
 * the start of their replacement and an end to its end, so a note on replaced words covers the words that
 * replaced them; inside words deleted outright, both go to where they were (the note's words are gone).
 */
export function mapOffset(changes: readonly WordChange[], offset: number, side: 'start' | 'end'): number {
  let before = 0
  let after = 0
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!
    if (change.kind === 'added') {
      after += change.text.length
      continue
    }
    const length = (change.before ?? change.text).length
    if (change.kind === 'same') {
      if (offset < before + length || (offset === before + length && side === 'end')) return after + Math.min(offset - before, change.text.length)
      before += length
      after += change.text.length
      continue
    }
    if (offset <= before + length) {
      const replacement = changes[index + 1]?.kind === 'added' ? changes[index + 1]!.text.length : 0
      return side === 'start' ? after : after + replacement
    }
    before += length
  }
  return after
}
