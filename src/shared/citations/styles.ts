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
}

/** Locales shipped in resources/csl as `locales-<tag>.xml`. */
export type ShippedLocale = 'en-GB' | 'en-US'

export const shippedLocales: readonly ShippedLocale[] = ['en-GB', 'en-US']

export const citationStyles: Record<CitationStyleId, CitationStyleInfo> = {
  oscola: { id: 'oscola', file: 'oscola.csl', locale: 'en-GB', label: 'citationStyleOscola' },
  'chicago-note-bibliography': {
    id: 'chicago-note-bibliography',
    file: 'chicago-note-bibliography.csl',
    locale: 'en-US',
    label: 'citationStyleChicago'
  }
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
