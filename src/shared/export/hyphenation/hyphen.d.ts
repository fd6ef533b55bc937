/** The parts of the `hyphen` package (Liang's algorithm over hyph-utf8 patterns) that Glossa uses. */

/** A language's patterns as the package compiles them: levels, a letter trie, exceptions. */
type HyphenPatterns = [levels: number[][], trie: Record<string, unknown>, exceptions: Record<string, number[]>]

interface HyphenOptions {
  hyphenChar?: string
  minWordLength?: number
  html?: boolean
}

declare module 'hyphen' {
  function createHyphenator(patterns: HyphenPatterns, options?: HyphenOptions): (text: string, options?: HyphenOptions) => string
  export = createHyphenator
}

declare module 'hyphen/patterns/ru' {
  const patterns: HyphenPatterns
  export = patterns
}

declare module 'hyphen/patterns/en-gb' {
  const patterns: HyphenPatterns
  export = patterns
}
