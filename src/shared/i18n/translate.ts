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
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  const template = catalogues[locale][key] ?? en[key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export type { Catalogue, Locale, MessageKey }
