/** The languages Glossa's interface speaks. */
export type Locale = 'en' | 'ru' | 'kk'

/**
 * The interface language for a BCP 47 tag such as navigator.language or Electron's app.getLocale():
 * "ru", "ru-RU", "kk-KZ" pick Russian or Kazakh, anything else English.
 */
export function localeFor(tag: string): Locale {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0]
  return language === 'ru' || language === 'kk' ? language : 'en'
}
