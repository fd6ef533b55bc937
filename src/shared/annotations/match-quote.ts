import approxSearch from 'approx-string-match'

/**
 * Finds a quote in a text the way the Hypothesis client does (its `match-quote.ts`): exact occurrences
 * first, approximate ones (Myers' algorithm, via approx-string-match) only when there is none; among several
 * candidates the one whose surrounding text best matches the stored prefix and suffix, and then the one
 * nearest the expected position, wins. Scores weigh quote 50, prefix 20, suffix 20, position 2.
 */

/** A candidate match of a quote in a text. */
export interface QuoteMatch {
  start: number
  end: number
  /** Edits between the quote and the matched text (0: exact). */
  errors: number
  /** 0..1: how well the quote matched (1 - errors / quote length). */
  quoteScore: number
  /** 0..1: how well the better of the stored prefix and suffix matched (0 when there was no context). */
  contextScore: number
  /** 0..1: the weighted score that ranks candidates. */
  score: number
}

/** What the quote was found next to, and where it was expected. */
export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Expected start offset. */
  hint?: number
}

/** Every exact occurrence of `quote` in `text`, overlapping ones included. */
function exactMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const matches: { start: number; end: number; errors: number }[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) matches.push({ start: at, end: at + quote.length, errors: 0 })
  return matches
}

function search(text: string, quote: string, maxErrors: number, exactOnly: boolean) {
  const exact = exactMatches(text, quote)
  if (exact.length > 0 || exactOnly) return exact
  return approxSearch(text, quote, maxErrors)
}

/** 0..1: how closely `text` resembles `expected`. */
function resemblance(text: string, expected: string): number {
  if (expected.length === 0 || text.length === 0) return 0
  const best = search(text, expected, expected.length, false)[0]
  return best ? 1 - best.errors / expected.length : 0
}

const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const weightTotal = weights.quote + weights.prefix + weights.suffix + weights.position

/** The best match of `quote` in `text`, or null. `exactOnly` skips the approximate search. */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}, exactOnly = false): QuoteMatch | null {
  if (quote.length === 0) return null
  const maxErrors = Math.min(256, Math.floor(quote.length / 2))
  const candidates = search(text, quote, maxErrors, exactOnly)
  let best: QuoteMatch | null = null
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.length
    const prefixScore = context.prefix ? resemblance(text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start), context.prefix) : 1
    const suffixScore = context.suffix ? resemblance(text.slice(candidate.end, candidate.end + context.suffix.length), context.suffix) : 1
    const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(candidate.start - context.hint) / Math.max(1, text.length)
    const score =
      (weights.quote * quoteScore + weights.prefix * prefixScore + weights.suffix * suffixScore + weights.position * positionScore) / weightTotal
    if (!best || score > best.score) {
      const contextScore = Math.max(context.prefix ? prefixScore : 0, context.suffix ? suffixScore : 0)
      best = { start: candidate.start, end: candidate.end, errors: candidate.errors, quoteScore, contextScore, score }
    }
  }
  return best
}

/**
 * Moves the ends of an approximate match to where the stored context begins and ends. Edit distance
 * prefers a short match ("separate from the organs") over the quote with words inserted ("separate from the
 * organs of the state"); where the suffix or prefix is found close by, the match is stretched to meet it.
 */
export function fitToContext(text: string, match: { start: number; end: number }, quoteLength: number, context: QuoteContext): { start: number; end: number } {
  let { start, end } = match
  const reach = quoteLength * 2
  const probe = (expected: string | undefined, take: (value: string) => string) => {
    const value = expected ? take(expected) : ''
    return value.trim().length >= 4 ? value : ''
  }
  const suffix = probe(context.suffix, (value) => value.slice(0, 16))
  if (suffix) {
    const windowText = text.slice(start, start + reach + suffix.length)
    const found = approxSearch(windowText, suffix, Math.floor(suffix.length / 4)).sort((a, b) => a.errors - b.errors || a.start - b.start)[0]
    if (found && start + found.start > start) end = start + found.start
  }
  const prefix = probe(context.prefix, (value) => value.slice(-16))
  if (prefix) {
    const windowStart = Math.max(0, end - reach - prefix.length)
    const found = approxSearch(text.slice(windowStart, end), prefix, Math.floor(prefix.length / 4)).sort((a, b) => a.errors - b.errors || b.end - a.end)[0]
    if (found && windowStart + found.end < end) start = windowStart + found.end
  }
  return { start, end }
}
