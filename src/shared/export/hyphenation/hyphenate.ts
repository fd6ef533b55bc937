import createHyphenator from 'hyphen'
import englishPatterns from 'hyphen/patterns/en-gb'
import russianPatterns from 'hyphen/patterns/ru'
import { compilePatterns } from './compile-patterns'
import { kazakhPatterns } from './kazakh-patterns'

/**
 * Soft hyphens for the printed book, by Liang's algorithm: Chromium (and so Electron) on Linux and Windows
 * ships no hyphenation dictionaries, so `hyphens: auto` breaks no word there. The print view carries them in
 * its text; the stored text never does. English uses hyph-utf8's British patterns (the Word export says
 * en-GB), Russian hyph-utf8's, Kazakh Glossa's own syllable patterns (kazakh-patterns.ts).
 */

export type HyphenationLanguage = 'kk' | 'ru' | 'en'

type Hyphenator = (text: string) => string

const patternsFor = {
  en: () => englishPatterns,
  ru: () => russianPatterns,
  kk: () => compilePatterns(kazakhPatterns)
}

const hyphenators = new Map<HyphenationLanguage, Hyphenator>()

function hyphenatorFor(language: HyphenationLanguage): Hyphenator {
  let hyphenator = hyphenators.get(language)
  if (!hyphenator) {
    const engine = createHyphenator(patternsFor[language](), { hyphenChar: '\u00ad', html: false, minWordLength: 5 })
    hyphenator = (text) => engine(text)
    hyphenators.set(language, hyphenator)
  }
  return hyphenator
}

/** `text` with a soft hyphen at every break its language allows (text in other languages passes as it is). */
export function hyphenate(text: string, language: string): string {
  if (language !== 'kk' && language !== 'ru' && language !== 'en') return text
  return hyphenatorFor(language)(text)
}
