/**
 * How alike two pieces of legal text are: the Dice coefficient of their word bigrams (word unigrams for texts
 * of one word). Bigrams keep stock vocabulary from making unrelated clauses look alike; case and punctuation
 * are ignored, numbers are kept (a changed amount is a change).
 */

/** Below this similarity two articles or clauses are different provisions. */
export const pairThreshold = 0.5
/** Two lone provisions in the same place between two pairs are one rewritten provision if at least this alike (or same number). */
export const rewriteThreshold = 0.2

/** A text's word bigrams, counted; built once per text and compared many times. */
export interface Shingles {
  counts: Map<string, number>
  size: number
  /** The text with case and spacing normalised: equal keys mean equal wording. */
  key: string
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/** The words of a text, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? []
}

export function shingles(text: string): Shingles {
  const tokens = words(text)
  const counts = new Map<string, number>()
  const add = (gram: string) => counts.set(gram, (counts.get(gram) ?? 0) + 1)
  if (tokens.length === 1) add(tokens[0]!)
  for (let i = 1; i < tokens.length; i++) add(`${tokens[i - 1]} ${tokens[i]}`)
  return { counts, size: Math.max(0, tokens.length - 1) || tokens.length, key: text.replace(/\s+/gu, ' ').trim() }
}

/** 0..1: the share of bigrams two texts have in common (1 for equal wording, also when both are empty). */
export function similarity(a: Shingles, b: Shingles): number {
  if (a.key === b.key) return 1
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let shared = 0
  for (const [gram, count] of small.counts) shared += Math.min(count, large.counts.get(gram) ?? 0)
  return (2 * shared) / (a.size + b.size)
}
