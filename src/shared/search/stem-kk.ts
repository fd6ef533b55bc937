/**
 * A small suffix-stripping stemmer for Kazakh, for search: no maintained Kazakh stemmer exists (Snowball has
 * none). Kazakh is agglutinative and its nominal endings come in a fixed order, stem + plural + possessive +
 * case (кітап·тар·ымыз·дың), so the endings are stripped from the outside in, one layer at a time, each from a
 * list of that layer's variants (vowel harmony and the stem's last sound choose among them). A stem keeps at
 * least three letters and a vowel, so short words are never cut to nothing. After a vowel-initial ending the
 * stem's final voiced consonant is devoiced (құқығы -> құқық, кітабы -> кітап), as Kazakh voices it there.
 * Text and query go through the same function: what matters is that the forms of one word meet.
 */

const vowels = /[аәеёиоөуұүыіэюя]/

interface Ending {
  text: string
  /** What the rest must end with for this reading of the ending (an accusative -н follows a possessive vowel). */
  after?: RegExp
}

const endings = (list: string, after?: RegExp): Ending[] => list.split(' ').map((text) => ({ text, after }))

// The sound a case ending follows chooses its first letter (азамат·тың, заң·ның, сот·қа, неке·ге): checking it
// keeps a stem's own last syllable from being read as an ending (азаматы is азамат + ы, not азама + ты).
const afterVoiceless = /[кқпстфхцчшщ]$/
const afterVowelOrVoiced = /[аәеёиоөуұүыіэюялрйзжмнңвгғбд]$/
const afterVoicedConsonant = /[лрйзжмнңвгғбду]$/
const afterVowel = /[аәеёиоөуұүыіэюя]$/
const afterPossessive = /[ыі]$/

/** Endings by layer, outermost first; within a layer the longest is tried first. */
const layers: Ending[][] = [
  [
    // Case endings: genitive, dative, accusative, locative, ablative, instrumental, locative-attributive.
    ...endings('тың тің ты ті қа ке та те тан тен пен тағы тегі', afterVoiceless),
    ...endings('ға ге да де дағы дегі', afterVowelOrVoiced),
    ...endings('дан ден', /[аәеёиоөуұүыіэюялрйзжвгғбд]$/),
    ...endings('дың дің', /[лрйзжу]$/),
    ...endings('ды ді', afterVoicedConsonant),
    ...endings('ның нің', /[аәеёиоөуұүыіэюямнң]$/),
    ...endings('ны ні', afterVowel),
    ...endings('нан нен', /[мнңыі]$/),
    ...endings('мен менен', /[аәеёиоөуұүыіэюямнңлрйу]$/),
    ...endings('бен бенен', /[зж]$/),
    // After a third-person possessive (құқығы·на, құқығы·н, құқығы·нда).
    ...endings('на не н нда нде ндағы ндегі', afterPossessive)
  ],
  // Possessive endings: my, your, his/her/its, our, your (polite); the one-letter -м and -ң are left alone
  // (they would cut қоғам to қоға).
  endings('ымыз іміз мыз міз ыңыз іңіз ңыз ңіз ым ім ың ің сы сі ы і'),
  // Plural.
  endings('лар лер дар дер тар тер')
].map((layer) => layer.sort((a, b) => b.text.length - a.text.length))

const devoiced: Record<string, string> = { ғ: 'қ', г: 'к', б: 'п' }

/** Letters a stem must keep: fewer would merge unrelated short words. */
const minimumStem = 3

/** The stem of one lower-case Kazakh word. */
export function stemKazakh(word: string): string {
  let stem = word
  let afterVowelEnding = false
  for (const layer of layers) {
    for (const ending of layer) {
      if (!stem.endsWith(ending.text)) continue
      const rest = stem.slice(0, -ending.text.length)
      if (rest.length < minimumStem || !vowels.test(rest) || (ending.after && !ending.after.test(rest))) continue
      stem = rest
      afterVowelEnding = vowels.test(ending.text[0]!)
      break
    }
  }
  const last = stem[stem.length - 1]!
  return afterVowelEnding && devoiced[last] ? stem.slice(0, -1) + devoiced[last] : stem
}
