import { IntlMessageFormat } from 'intl-messageformat'
import type { Catalogue } from './catalogue'
import type { Locale } from './locale'
import { en, type MessageKey } from './messages.en'
import { kk } from './messages.kk'
import { ru } from './messages.ru'

const catalogues: Record<Locale, Catalogue> = { en, ru, kk }

/** The language used when a caller names none; each process sets it once from the system language. */
let defaultLocale: Locale = 'en'

/**
 * Sets the language for calls that name none: shared helpers (import summaries, the print view) then
 * follow the window's or the app's language without threading it through every call.
 */
export function setDefaultLocale(locale: Locale): void {
  defaultLocale = locale
}

/** Registers a translation; keys it lacks fall back to English. */
export function addCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = { ...catalogues[locale], ...catalogue }
  pluralFormats.clear()
}

/**
 * Messages that change with a number are ICU plural messages, `{count, plural, one {# article} other {# articles}}`,
 * formatted by FormatJS's intl-messageformat with the language's own plural rules (Intl.PluralRules: Russian
 * has one, few and many; Kazakh nouns do not change after a numeral). Compiled once per language and key.
 */
const pluralFormats = new Map<string, IntlMessageFormat>()
const isPlural = /\{\w+,\s*(plural|selectordinal|select),/

function fillPlural(template: string, key: MessageKey, params: Record<string, string | number>, locale: Locale): string | null {
  const id = `${locale}:${key}`
  let format = pluralFormats.get(id)
  if (!format) {
    format = new IntlMessageFormat(template, locale)
    pluralFormats.set(id, format)
  }
  try {
    return String(format.format(params))
  } catch {
    // A value the message needs is missing: show the plain template rather than fail the screen.
    return null
  }
}

/** The message for `key` in `locale`, with `{name}` placeholders (and plural forms) filled from `params`. */
export function translate(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  const template = catalogues[locale][key] ?? en[key]
  if (isPlural.test(template)) {
    const filled = fillPlural(template, key, params, locale)
    if (filled !== null) return filled
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export type { Catalogue, Locale, MessageKey }
