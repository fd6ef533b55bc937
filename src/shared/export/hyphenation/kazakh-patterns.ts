/**
 * Hyphenation patterns for Kazakh (Cyrillic), in TeX's notation, written for Glossa: hyph-utf8 and the TeX
 * distributions have none for Kazakh. Kazakh words are carried over by syllables, and a syllable holds one
 * vowel: so a break falls before the consonant that begins the next syllable, the last consonant before a
 * vowel ("мем-ле-кет-тің", "айт-ты", "аза-мат-тар-ға"); two vowels side by side are never parted. Liang's
 * algorithm (the `hyphen` package) applies them, keeping two letters at least on either side of a break.
 */

const vowels = 'аәеёиоөуұүыіэюя'
const consonants = 'бвгғджзйкқлмнңпрстфхһцчшщ'

/** "1бa": a break may come before б when a vowel follows it. */
export const kazakhPatterns: readonly string[] = [...consonants].flatMap((consonant) => [...vowels].map((vowel) => `1${consonant}${vowel}`))
