import { translate, type Locale } from '../../i18n/translate'
import type { ExportOptions, NotePlacement } from '../options'
import { cssString } from './escape'

/** Room the margin notes take beside the text, added to the right margin. */
export const marginNoteWidthMm = 48

/** Turns a message with `{page}` and `{pages}` into CSS `content` (strings and counters). */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((piece) => (piece === '{page}' ? 'counter(page)' : piece === '{pages}' ? 'counter(pages)' : cssString(piece)))
    .join(' ')
}

/**
 * The page rules for one export: size, margins, type size, running head (the part title) and
 * "page n of N". The title page and contents (named page `front`) carry neither.
 */
export function pageCss(page: ExportOptions['page'], placement: NotePlacement, locale: Locale): string {
  const right = placement === 'margin' ? page.marginMm + marginNoteWidthMm : page.marginMm
  const content = pageCounterContent(translate('exportPageOfPages', { page: '{page}', pages: '{pages}' }, locale))
  return `@page {
  size: ${page.size};
  margin: ${page.marginMm}mm ${right}mm ${page.marginMm}mm ${page.marginMm}mm;
  @top-center { content: string(part); font-family: 'PT Serif', serif; font-size: ${Math.max(7, page.fontSizePt - 2)}pt; font-style: italic; }
  @bottom-center { content: ${content}; font-family: 'PT Serif', serif; font-size: ${Math.max(7, page.fontSizePt - 2)}pt; }
  @footnote { border-top: 0.5pt solid #000; padding-top: 2mm; margin-top: 3mm; }
}
@page front {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
html { font-size: ${page.fontSizePt}pt; }
`
}
