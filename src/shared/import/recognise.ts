/**
 * Classifies one line of a legal text: a heading (preamble, part, chapter, article), a numbered clause,
 * a sub-point, or plain text. Patterns are data so that more languages and variants can be added
 * without touching the structure builder.
 */

export type LineToken =
  | { kind: 'preamble'; label: string; heading: string }
  | { kind: 'part' | 'chapter' | 'article'; num: string; label: string; heading: string }
  | { kind: 'clause' | 'subpoint'; num: string; label: string; text: string }
  | { kind: 'text'; text: string }

/** A heading pattern: group `num` is the number, group `rest` the heading on the same line. */
export interface HeadingPatterns {
  preamble: RegExp[]
  part: RegExp[]
  chapter: RegExp[]
  article: RegExp[]
  clause: RegExp[]
  subpoint: RegExp[]
}

const numeral = String.raw`(?<num>[IVXLCDM]+|\d+(?:-\d+)?)`
const separator = String.raw`(?:\s*[.:\-–—]\s*|\s+|$)`

export const englishPatterns: HeadingPatterns = {
  preamble: [/^(?<label>preamble)\s*[.:]?$/iu],
  part: [new RegExp(String.raw`^(?<label>(?:part|section)\s+${numeral})${separator}(?<rest>.*)$`, 'iu')],
  chapter: [new RegExp(String.raw`^(?<label>chapter\s+${numeral})${separator}(?<rest>.*)$`, 'iu')],
  article: [new RegExp(String.raw`^(?<label>article\s+(?<num>\d+(?:-\d+)?))${separator}(?<rest>.*)$`, 'iu')],
  clause: [/^(?<label>(?<num>\d+(?:-\d+)?)\.)\s+(?<rest>\S.*)$/u],
  subpoint: [/^(?<label>(?<num>\d+|[a-z])\))\s+(?<rest>\S.*)$/iu]
}

function firstMatch(patterns: RegExp[], line: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(line)
    if (match) return match
  }
  return null
}

/** Classifies a single trimmed, non-empty line. */
export function recogniseLine(line: string, patterns: HeadingPatterns = englishPatterns): LineToken {
  const preamble = firstMatch(patterns.preamble, line)
  if (preamble) return { kind: 'preamble', label: preamble.groups?.label ?? line, heading: '' }
  for (const kind of ['part', 'chapter', 'article'] as const) {
    const match = firstMatch(patterns[kind], line)
    if (match?.groups?.num) {
      return { kind, num: match.groups.num, label: match.groups.label ?? line, heading: (match.groups.rest ?? '').trim() }
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
