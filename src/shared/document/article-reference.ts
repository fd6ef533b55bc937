/**
 * What a reader types to name an article, in any of the ways laws are cited in Kazakh, Russian and English:
 * "40", "40-бап", "40 бап", "бап 40", "40-шы бап", "статья 40", "ст. 40", "Ст.40", "Art. 40", "article 40.",
 * "§ 40", and inserted articles "42-1" / "42.1". Returns the article number as typed (to be normalised like the
 * importer's numbers), or null when the text names no article.
 */

const articleWords = /^(?:статья|статьи|статье|ст\.?|article|art\.?|бап|бабы|§)\s*/iu
const number = /^(\d+(?:[-.]\d+)?)/u
// What may follow the number: a Kazakh ordinal ending (40-шы), the Kazakh word for article in any case form
// (40-бап, 40-бабы, 40 бапта), or a closing full stop.
const trailing = /^(?:-(?:шы|ші|ы|і))?(?:[-\s]*(?:бап|баб)\p{L}*)?\.?$/iu

export function articleNumberFrom(typed: string): string | null {
  const text = typed.trim().replace(/\s+/g, ' ').replace(articleWords, '')
  const found = number.exec(text)
  if (!found) return null
  const rest = text.slice(found[1]!.length).trim()
  return trailing.test(rest) ? found[1]!.replace('.', '-') : null
}
