import { neutralCitationField } from '../sources/form'
import type { CslItem } from '../sources/types'

/**
 * Sources as reference managers commonly file them, made consistent before the CSL styles read them:
 *
 * - A Cyrillic title with no language set is marked Russian or Kazakh: citeproc applies English title case
 *   to any item whose language is unset ("Конституциялық Құқық"), which Russian and Kazakh never use.
 *
 * - An act whose title already ends with its year ("Human Rights Act 1998", OSCOLA's rule for UK statutes)
 *   loses its separate date, or every style prints the year twice ("Human Rights Act 1998 1998").
 * - A case whose docket number holds the whole neutral citation ("[2019] UKSC 41", as Zotero users type it)
 *   or the court and number ("UKSC 41") is split into year, court (authority) and number, which is how the
 *   styles build a neutral citation ("[2019] UKSC 41"); otherwise the court and year came out twice.
 */

const neutralCitation = /^\s*\[(\d{4})\]\s+([A-Za-z][A-Za-z ()]*?)\s+(\d+)\s*$/
const courtAndNumber = /^\s*([A-Za-z][A-Za-z ()]*?)\s+(\d+)\s*$/

const firstYear = (item: CslItem) => item.issued?.['date-parts']?.[0]?.[0]

const kazakhLetters = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/
const cyrillicLetters = /\p{Script=Cyrillic}/gu
const letters = /\p{L}/gu

/** `item` with a language when its title is mostly Cyrillic and it has none. */
function withTitleLanguage(item: CslItem): CslItem {
  const title = item.title ?? ''
  if (item.language || !title) return item
  const cyrillic = title.match(cyrillicLetters)?.length ?? 0
  if (cyrillic * 2 <= (title.match(letters)?.length ?? 0)) return item
  return { ...item, language: kazakhLetters.test(title) ? 'kk' : 'ru' }
}

/** A copy of `item` filed the way the styles expect. */
export function preparedItem(item: CslItem): CslItem {
  return legalItem(withTitleLanguage(item))
}

/** `item` with its legislation year and neutral citation filed the way the styles expect. */
function legalItem(item: CslItem): CslItem {
  if (item.type === 'legislation' || item.type === 'bill') {
    const year = firstYear(item)
    const titleYear = /\b(\d{4})\s*$/.exec(item.title ?? '')?.[1]
    if (year !== undefined && titleYear === String(year)) {
      const { issued: _dropped, ...rest } = item
      return rest as CslItem
    }
    return item
  }
  if (item.type !== 'legal_case') return item
  // A neutral citation given in its own field (the source form's) is what the styles cite, instead of the docket number.
  const ownNeutral = typeof item[neutralCitationField] === 'string' ? neutralCitation.exec(item[neutralCitationField]) : null
  if (ownNeutral) {
    const [, year, court, number] = ownNeutral
    return { ...item, authority: court, number, issued: item.issued ?? { 'date-parts': [[Number(year)]] } }
  }
  if (typeof item.number !== 'string') return item
  const neutral = neutralCitation.exec(item.number)
  if (neutral) {
    const [, year, court, number] = neutral
    return { ...item, authority: court, number, issued: item.issued ?? { 'date-parts': [[Number(year)]] } }
  }
  const split = courtAndNumber.exec(item.number)
  if (split && (!item.authority || split[1]!.toLowerCase() === String(item.authority).toLowerCase())) return { ...item, authority: split[1], number: split[2] }
  return item
}
