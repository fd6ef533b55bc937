import type { Locale } from '../i18n/locale'

/** Quotation marks as each publication language prints them: «…» in Russian and Kazakh, “…” in English. */
const marks: Record<Locale, [string, string]> = { en: ['\u201c', '\u201d'], ru: ['\u00ab', '\u00bb'], kk: ['\u00ab', '\u00bb'] }

/** `text` in the language's quotation marks. */
export function quoted(text: string, locale: Locale): string {
  const [open, close] = marks[locale]
  return `${open}${text}${close}`
}
