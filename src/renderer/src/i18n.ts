import { translate, type Locale, type MessageKey } from '../../shared/i18n/translate'

/** The UI language: English until Russian and Kazakh catalogues are added. */
const locale: Locale = 'en'

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(key, params, locale)
}
