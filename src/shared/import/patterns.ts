import type { HeadingPatterns } from './recognise'

/**
 * Heading patterns for the languages of the first target texts: English, Russian and Kazakh. Every
 * variant seen in real texts is a separate entry: "Part I" / "Раздел I" / "I бөлім" / "1-бөлім",
 * "Article 5" / "Статья 5" / "5-бап", clauses "1." and "1-1.", sub-points "1)", "a)" and "а)".
 */

/** An Arabic number, optionally with an inserted-unit suffix ("5-1"), or a Roman one (Latin or Cyrillic look-alikes). */
const numeral = String.raw`(?<num>[IVXLCDMІХ]+|\d+(?:-\d+)?)`
const arabic = String.raw`(?<num>\d+(?:-\d+)?)`
/** What may stand between a heading's label and its title on the same line. */
const separator = String.raw`(?:\s*[.:\-–—]\s*|\s+|$)`

/** "Word N. Heading" (English, Russian). */
function wordFirst(words: string, num: string): RegExp {
  return new RegExp(String.raw`^(?<label>(?:${words})\s+${num})${separator}(?<rest>.*)$`, 'iu')
}

/** "N-word. Heading" or "N word. Heading" (Kazakh: "5-бап", "I бөлім"). */
function numberFirst(word: string, num: string): RegExp {
  return new RegExp(String.raw`^(?<label>${num}\s*[-–]?\s*${word})(?![\p{L}])${separator}(?<rest>.*)$`, 'iu')
}

export const englishPatterns: HeadingPatterns = {
  preamble: [/^(?<label>preamble)\s*[.:]?$/iu],
  part: [wordFirst('part|section', numeral)],
  chapter: [wordFirst('chapter', numeral)],
  article: [wordFirst('article', arabic)],
  clause: [/^(?<label>(?<num>\d+(?:-\d+)?)\.)\s+(?<rest>\S.*)$/u],
  subpoint: [/^(?<label>(?<num>\d+|[a-z])\))\s+(?<rest>\S.*)$/iu]
}

export const russianPatterns: HeadingPatterns = {
  preamble: [/^(?<label>преамбула)\s*[.:]?$/iu],
  part: [wordFirst('раздел', numeral)],
  chapter: [wordFirst('глава', numeral)],
  article: [wordFirst('статья', arabic)],
  clause: englishPatterns.clause,
  subpoint: [/^(?<label>(?<num>\d+|[а-яё])\))\s+(?<rest>\S.*)$/iu]
}

export const kazakhPatterns: HeadingPatterns = {
  preamble: [/^(?<label>кіріспе|преамбула)\s*[.:]?$/iu],
  part: [numberFirst('бөлім', numeral)],
  chapter: [numberFirst('тарау', numeral)],
  article: [numberFirst('бап', arabic)],
  clause: englishPatterns.clause,
  subpoint: [/^(?<label>(?<num>\d+|[а-яёәғқңөұүһі])\))\s+(?<rest>\S.*)$/iu]
}

/** The language codes Glossa recognises headings for. */
export type TextLanguage = 'en' | 'ru' | 'kk'

export const patternsByLanguage: Record<TextLanguage, HeadingPatterns> = {
  en: englishPatterns,
  ru: russianPatterns,
  kk: kazakhPatterns
}

/**
 * Every language's patterns, the detected language's first: official texts mix languages (a Kazakh
 * text quoting "Статья 5" of a Russian law), and a heading is a heading whichever language it is in.
 */
export function patternsFor(language: TextLanguage): HeadingPatterns {
  const order: TextLanguage[] = [language, ...(['en', 'ru', 'kk'] as const).filter((other) => other !== language)]
  const merged: HeadingPatterns = { preamble: [], part: [], chapter: [], article: [], clause: [], subpoint: [] }
  for (const code of order) {
    for (const kind of Object.keys(merged) as (keyof HeadingPatterns)[]) {
      for (const pattern of patternsByLanguage[code][kind]) if (!merged[kind].includes(pattern)) merged[kind].push(pattern)
    }
  }
  return merged
}
