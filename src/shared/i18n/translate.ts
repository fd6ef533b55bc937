import { en, type MessageKey } from './messages.en'

export type Locale = 'en' | 'ru' | 'kk'
export type Catalogue = Partial<Record<MessageKey, string>>

const catalogues: Record<Locale, Catalogue> = { en, ru: {}, kk: {} }

/** Registers a translation; keys it lacks fall back to English. */
export function addCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = { ...catalogues[locale], ...catalogue }
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = 'en'): string {
  const template = catalogues[locale][key] ?? en[key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export type { MessageKey }
