import { diffArrays } from 'diff'

/**
 * The word-level difference between two wordings, with jsdiff over words cut by `Intl.Segmenter` for the
 * text's language (jsdiff's own word pattern knows only Latin letters: a Cyrillic word would fall apart into
 * letters). Spaces and punctuation are tokens too, so the runs rebuild both texts exactly and an offset in
 * the old wording can be carried to the new one.
 */

/** A run of words kept, removed or added. */
export interface WordChange {
  kind: 'same' | 'removed' | 'added'
  text: string
}

const segmenters = new Map<string, Intl.Segmenter>()

function tokens(text: string, language: string): string[] {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language || 'en', { granularity: 'word' })
    segmenters.set(language, segmenter)
  }
  return Array.from(segmenter.segment(text), (segment) => segment.segment)
}

/** The changes that turn `before` into `after`, word by word. */
export function wordDiff(before: string, after: string, language = 'en'): WordChange[] {
  return diffArrays(tokens(before, language), tokens(after, language)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join('')
  }))
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
    const length = change.text.length
    if (change.kind === 'added') {
      after += length
      continue
    }
    if (change.kind === 'same') {
      if (offset < before + length || (offset === before + length && side === 'end')) return after + Math.max(0, offset - before)
      before += length
      after += length
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
