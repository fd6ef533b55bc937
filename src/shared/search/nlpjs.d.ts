// The Snowball stemmers of NLP.js (MIT, AXA Group Operations Spain): only the part Glossa uses.
declare module '@nlpjs/lang-ru/src/stemmer-ru' {
  export default class StemmerRu {
    stemWord(word: string): string
  }
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class StemmerEn {
    stemWord(word: string): string
  }
}
