/**
 * Words of a folded text for search: runs of letters and digits (combining marks kept with their letter).
 * Hyphens, apostrophes and punctuation separate words, so "40-бап" is the words "40" and "бап".
 */
const word = /[\p{L}\p{N}\p{M}]+/gu

export interface WordSpan {
  text: string
  start: number
  end: number
}

export function wordsOf(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(word)) spans.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  return spans
}
