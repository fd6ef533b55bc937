import chicagoStyle from '../../../../resources/csl/chicago-note-bibliography.csl?raw'
import enGB from '../../../../resources/csl/locales-en-GB.xml?raw'
import enUS from '../../../../resources/csl/locales-en-US.xml?raw'
import oscolaStyle from '../../../../resources/csl/oscola.csl?raw'
import type { CitationStyleId } from '../../../shared/sources/types'

/**
 * The shipped CSL files, bundled into the renderer so citations format offline and at once (the Node
 * loader for main and tests is src/main/sources/csl-files.ts; both read resources/csl).
 */
const styles: Record<CitationStyleId, string> = { oscola: oscolaStyle, 'chicago-note-bibliography': chicagoStyle }
const locales = { 'en-GB': enGB, 'en-US': enUS }

/** A style's XML and every shipped locale, ready for `createCitationFormatter`. */
export function cslFiles(style: CitationStyleId): { style: string; locales: Record<string, string> } {
  return { style: styles[style], locales }
}
