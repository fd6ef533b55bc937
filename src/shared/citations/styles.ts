import type { MessageKey } from '../i18n/messages.en'
import type { CitationStyleId } from '../sources/types'

/**
 * The CSL styles and locales shipped in resources/csl (see its README for their source and licence).
 * Each style names the locale it was written for; citeproc falls back to en-US for any term a locale lacks.
 */
export interface CitationStyleInfo {
  id: CitationStyleId
  /** File name in resources/csl. */
  file: string
  /** The style's own default locale, e.g. OSCOLA writes British English dates and quotes. */
  locale: ShippedLocale
  label: MessageKey
  /** The short name the command line's --style takes. */
  alias: string
}

/** Locales shipped in resources/csl as `locales-<tag>.xml`. */
export type ShippedLocale = 'en-GB' | 'en-US' | 'ru-RU' | 'kk-KZ'

export const shippedLocales: readonly ShippedLocale[] = ['en-GB', 'en-US', 'ru-RU', 'kk-KZ']

export const citationStyles: Record<CitationStyleId, CitationStyleInfo> = {
  oscola: { id: 'oscola', file: 'oscola.csl', locale: 'en-GB', label: 'citationStyleOscola', alias: 'oscola' },
  'chicago-note-bibliography': {
    id: 'chicago-note-bibliography',
    file: 'chicago-note-bibliography.csl',
    locale: 'en-US',
    label: 'citationStyleChicago',
    alias: 'chicago'
  },
  'gost-r-7-0-5-2008': { id: 'gost-r-7-0-5-2008', file: 'gost-r-7-0-5-2008-notes.csl', locale: 'ru-RU', label: 'citationStyleGost', alias: 'gost' }
}

/**
 * The CSL locale a publication in `language` uses with `style`: Russian and Kazakh have their own; English
 * keeps the style's own variety (OSCOLA British, Chicago American).
 */
export function cslLocaleFor(style: CitationStyleId, language: 'en' | 'ru' | 'kk'): ShippedLocale {
  if (language === 'ru') return 'ru-RU'
  if (language === 'kk') return 'kk-KZ'
  const own = citationStyles[style].locale
  return own.startsWith('en-') ? own : 'en-GB'
}

export const citationStyleIds = Object.keys(citationStyles) as CitationStyleId[]

/** The style a project uses until the user picks another. */
export const defaultCitationStyle: CitationStyleId = 'oscola'

/** The file name of a shipped locale. */
export function localeFileName(locale: ShippedLocale): string {
  return `locales-${locale}.xml`
}

export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && Object.hasOwn(citationStyles, value)
}
