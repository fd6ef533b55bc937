/**
 * Classifies one line of a legal text: a heading (preamble, part, chapter, article), a numbered clause,
 * a sub-point, or plain text. Patterns are data, one set per language (see patterns.ts), so that more
 * languages and variants can be added without touching the structure builder.
 */

export type LineToken =
  | { kind: 'preamble'; label: string; heading: string }
  | { kind: 'part' | 'chapter' | 'article'; num: string; label: string; heading: string }
  | { kind: 'clause' | 'subpoint'; num: string; label: string; text: string }
  | { kind: 'text'; text: string }

/** A heading pattern: group `num` is the number, `label` the printed label, `rest` the heading on the same line. */
export interface HeadingPatterns {
  preamble: RegExp[]
  part: RegExp[]
  chapter: RegExp[]
  article: RegExp[]
  clause: RegExp[]
  subpoint: RegExp[]
}

/**
 * Kazakh and Russian typesetters often print Roman numerals with the Cyrillic look-alikes (І, Х, С, М):
 * "ІІ бөлім". They are read as the Latin letters they stand for.
 */
const cyrillicRoman: Record<string, string> = { І: 'I', Х: 'X', С: 'C', М: 'M', і: 'I', х: 'X' }

function latinRoman(num: string): string {
  return /^[IVXLCDMІХСМіх]+$/u.test(num) ? num.replace(/[ІХСМіх]/gu, (letter) => cyrillicRoman[letter]!) : num
}

function firstMatch(patterns: RegExp[], line: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(line)
    if (match) return match
  }
  return null
}

/** Classifies a single trimmed, non-empty line. */
export function recogniseLine(line: string, patterns: HeadingPatterns): LineToken {
  const preamble = firstMatch(patterns.preamble, line)
  if (preamble) return { kind: 'preamble', label: preamble.groups?.label ?? line, heading: '' }
  for (const kind of ['part', 'chapter', 'article'] as const) {
    const match = firstMatch(patterns[kind], line)
    if (match?.groups?.num) {
      return { kind, num: latinRoman(match.groups.num), label: match.groups.label ?? line, heading: (match.groups.rest ?? '').trim() }
    }
  }
  for (const kind of ['clause', 'subpoint'] as const) {
    const match = firstMatch(patterns[kind], line)
    if (match?.groups?.num) {
      return { kind, num: match.groups.num, label: match.groups.label ?? '', text: (match.groups.rest ?? '').trim() }
    }
  }
  return { kind: 'text', text: line }
}

/** Splits text into trimmed, non-empty lines, whatever the line endings; drops a byte-order mark. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[\s\u00A0]+/gu, ' ').trim())
    .filter((line) => line.length > 0)
}
