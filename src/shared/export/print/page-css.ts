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

/** Each page size's width and height in millimetres. */
const sheetSizesMm: Record<ExportOptions['page']['size'], readonly [number, number]> = { A4: [210, 297], Letter: [215.9, 279.4] }

/**
 * The page rules for one export: size, margins, type size, running head (the part title) and
 * "page n of N". Each printed page is one sheet that paginate.js fills (so Chromium's own page margin is
 * nil); the title page and contents (sheets marked `front`) carry neither head nor number.
 */
export function pageCss(page: ExportOptions['page'], placement: NotePlacement, locale: Locale): string {
  const right = placement === 'margin' ? page.marginMm + marginNoteWidthMm : page.marginMm
  const [width, height] = sheetSizesMm[page.size]
  const content = pageCounterContent(translate('exportPageOfPages', { page: '{page}', pages: '{pages}' }, locale))
  const small = `font-size: ${Math.max(7, page.fontSizePt - 2)}pt;`
  return `@page { size: ${page.size}; margin: 0; }
.sheet { width: ${width}mm; height: ${height}mm; padding: ${page.marginMm}mm ${right}mm ${page.marginMm}mm ${page.marginMm}mm; }
.sheet-head { top: 0; left: ${page.marginMm}mm; right: ${right}mm; height: ${page.marginMm}mm; ${small} }
.sheet-foot { bottom: 0; left: ${page.marginMm}mm; right: ${right}mm; height: ${page.marginMm}mm; ${small} }
.sheet-foot::after { content: ${content}; }
html { font-size: ${page.fontSizePt}pt; }
`
}
