import { diffWords } from 'diff'

/**
 * The word-level difference between two wordings, with jsdiff. Its own word pattern knows only Latin letters
 * (a Cyrillic word would fall apart into letters), so words are cut by `Intl.Segmenter` for the text's language.
 */

/** A run of words kept, removed or added. */
export interface WordChange {
  kind: 'same' | 'removed' | 'added'
  text: string
}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language || 'en', { granularity: 'word' })
    segmenters.set(language, segmenter)
  }
  return segmenter
}

/** The changes that turn `before` into `after`, word by word. */
export function wordDiff(before: string, after: string, language = 'en'): WordChange[] {
  return diffWords(before, after, { intlSegmenter: segmenterFor(language) }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value
  }))
}
