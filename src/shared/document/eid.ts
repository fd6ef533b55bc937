/**
 * Akoma Ntoso eId naming: `preamble`, `part_1`, `part_1__chp_2`, `art_12`, `art_12__para_3`,
 * `art_12__para_3__point_a`. Articles are numbered across the whole document, so their eIds carry no
 * part prefix; chapters may restart in each part, so theirs do.
 */

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** Converts a Roman numeral to a number, or returns undefined if it is not one. */
export function romanToNumber(roman: string): number | undefined {
  const upper = roman.toUpperCase()
  if (!/^[IVXLCDM]+$/.test(upper)) return undefined
  let total = 0
  for (let i = 0; i < upper.length; i++) {
    const value = romanValues[upper[i]!]!
    const next = romanValues[upper[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * Normalises a printed number ("12", "1-1", "а", or with `roman` "IV") to the form used in eIds and
 * comparisons. Roman numerals are read only where a text uses them (parts, chapters): a sub-point "c)" is c, not 100.
 */
export function normaliseNum(printed: string, roman = false): string {
  const trimmed = printed.trim().replace(/[.)\s]+$/u, '')
  const value = roman ? romanToNumber(trimmed) : undefined
  return value !== undefined ? String(value) : trimmed.toLowerCase()
}

const prefixes = {
  part: 'part',
  chapter: 'chp',
  article: 'art',
  clause: 'para',
  subpoint: 'point'
} as const

/** Builds the eId of a numbered unit below `parentEId` (empty for top-level units and articles). */
export function eIdFor(kind: keyof typeof prefixes, num: string, parentEId = ''): string {
  const local = `${prefixes[kind]}_${num.replace(/[^\p{L}\p{N}-]+/gu, '-')}`
  return parentEId ? `${parentEId}__${local}` : local
}

/** Makes eIds unique within one document: a repeat gets `_2`, `_3`, ... appended. */
export class EIdRegistry {
  private readonly used = new Map<string, number>()

  claim(eId: string): string {
    const seen = this.used.get(eId) ?? 0
    this.used.set(eId, seen + 1)
    return seen === 0 ? eId : `${eId}_${seen + 1}`
  }
}
