import chicagoStyle from '../../../../resources/csl/chicago-note-bibliography.csl?raw'
import gostStyle from '../../../../resources/csl/gost-r-7-0-5-2008-notes.csl?raw'
import enGB from '../../../../resources/csl/locales-en-GB.xml?raw'
import enUS from '../../../../resources/csl/locales-en-US.xml?raw'
import kkKZ from '../../../../resources/csl/locales-kk-KZ.xml?raw'
import ruRU from '../../../../resources/csl/locales-ru-RU.xml?raw'
import oscolaStyle from '../../../../resources/csl/oscola.csl?raw'
import type { CitationStyleId } from '../../../shared/sources/types'

/**
 * The shipped CSL files, bundled into the renderer so citations format offline and at once (the Node
 * loader for main and tests is src/main/sources/csl-files.ts; both read resources/csl).
 */
const styles: Record<CitationStyleId, string> = { oscola: oscolaStyle, 'chicago-note-bibliography': chicagoStyle, 'gost-r-7-0-5-2008': gostStyle }
const locales = { 'en-GB': enGB, 'en-US': enUS, 'ru-RU': ruRU, 'kk-KZ': kkKZ }

/** A style's XML and every shipped locale, ready for `createCitationFormatter`. */
export function cslFiles(style: CitationStyleId): { style: string; locales: Record<string, string> } {
  return { style: styles[style], locales }
}
