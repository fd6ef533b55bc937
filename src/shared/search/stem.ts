import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en'
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru'
import { stemKazakh } from './stem-kk'

/**
 * The stem of a folded (lower-case) word, so that search finds every form of it: Snowball for Russian and
 * English (NLP.js's ports of the Snowball algorithms), Glossa's own suffix stripper for Kazakh. The stemmer
 * follows the word's script and the document's language: Latin words are English whatever the document;
 * Cyrillic words are Kazakh in a Kazakh document, or when they hold a letter only Kazakh has.
 */

const russian = new StemmerRu()
const english = new StemmerEn()
const kazakhLetters = /[әғқңөұүһі]/
const latin = /[a-z]/
const cyrillic = /[а-яё]|[әғқңөұүһі]/

export type Stemmer = (word: string) => string

export function stemmerFor(language: string | undefined): Stemmer {
  const cache = new Map<string, string>()
  return (word) => {
    let stem = cache.get(word)
    if (stem === undefined) {
      stem = stemOne(word, language)
      cache.set(word, stem)
    }
    return stem
  }
}

function stemOne(word: string, language: string | undefined): string {
  if (word.length < 3 || /\d/.test(word)) return word
  if (latin.test(word)) return english.stemWord(word)
  if (!cyrillic.test(word)) return word
  return language?.toLowerCase().startsWith('kk') || kazakhLetters.test(word) ? stemKazakh(word) : russian.stemWord(word)
}
