import type { TextLanguage } from './patterns'

/**
 * Detects whether a text is Kazakh, Russian or English from its letters: Cyrillic letters that only
 * Kazakh uses (ә ғ қ ң ө ұ ү һ і) mark Kazakh; other Cyrillic marks Russian; Latin marks English.
 * A sample of the text is enough and keeps this cheap for large files.
 */

const sampleLength = 200_000
/** Share of Kazakh-only letters among Cyrillic ones above which a text is Kazakh (Kazakh prose runs near 5%). */
const kazakhShare = 0.01
const kazakhOnly = new Set('әғқңөұүһіӘҒҚҢӨҰҮҺІ')

export function detectLanguage(text: string): TextLanguage {
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text
  let latin = 0
  let cyrillic = 0
  let kazakh = 0
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index) | 0x20
    if (code >= 0x61 && code <= 0x7a) latin++
    else if (sample.charCodeAt(index) >= 0x400 && sample.charCodeAt(index) <= 0x4ff) {
      cyrillic++
      if (kazakhOnly.has(sample[index]!)) kazakh++
    }
  }
  if (cyrillic <= latin) return 'en'
  return kazakh / cyrillic > kazakhShare ? 'kk' : 'ru'
}
