import { localeFor } from '../../shared/i18n/locale'
import { setDefaultLocale, translate, type Locale, type MessageKey } from '../../shared/i18n/translate'

/** The UI language, from the browser's language: Russian or Kazakh when the system uses them, else English. */
export const locale: Locale = localeFor(navigator.language)
setDefaultLocale(locale)
// Screen readers, hyphenation and the spell-checker follow the page's language.
document.documentElement.lang = locale

/** The message for `key` in the UI language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(key, params, locale)
}
