/**
 * Compiles TeX hyphenation patterns ("1ба", "a2b1c") into the form the `hyphen` package's Liang engine
 * reads: a table of digit sequences, and a letter trie whose nodes name their pattern's row in that table.
 */

type TrieNode = { [letter: string]: TrieNode | number | [TrieNode, number] }

export function compilePatterns(patterns: readonly string[]): [number[][], TrieNode, Record<string, number[]>] {
  const levels: number[][] = []
  const rows = new Map<string, number>()
  const trie: TrieNode = {}
  for (const pattern of patterns) {
    const letters = pattern.replace(/\d/g, '')
    // One digit per gap: before the first letter, between letters, after the last (0 where none is written).
    const digits = Array.from({ length: letters.length + 1 }, () => 0)
    let gap = 0
    for (const char of pattern) {
      if (/\d/.test(char)) digits[gap] = Number(char)
      else gap++
    }
    while (digits.length > 1 && digits[digits.length - 1] === 0) digits.pop()
    const key = digits.join(',')
    if (!rows.has(key)) {
      rows.set(key, levels.length)
      levels.push(digits)
    }
    const row = rows.get(key)!
    let node = trie
    ;[...letters].forEach((letter, index) => {
      const existing = node[letter]
      if (index === letters.length - 1) {
        node[letter] = existing === undefined || typeof existing === 'number' ? row : [Array.isArray(existing) ? existing[0] : existing, row]
        return
      }
      if (existing === undefined) node = node[letter] = {}
      else if (typeof existing === 'number') {
        const child: TrieNode = {}
        node[letter] = [child, existing]
        node = child
      } else node = Array.isArray(existing) ? existing[0] : existing
    })
  }
  return [levels, trie, {}]
}
