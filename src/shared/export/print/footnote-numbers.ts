import type { ExportNote } from '../model'
import { cssString } from './escape'

/**
 * Footnote numbers written as fixed text instead of pagedjs's CSS counters. pagedjs numbers each footnote
 * call and marker with `counter(footnote)` / `counter(footnote-marker)`; every call it inserts then makes
 * Chromium recount every counter in the whole document at the next forced style update, and pagedjs forces
 * several per footnote. With 500 footnotes that recounting was most of the export's time (issue 7's bench).
 * The model already numbers the notes in reading order, the same order the counters would give.
 */

/** The class a footnote carries (and pagedjs copies onto the call it makes) naming its number. */
export function footnoteNumberClass(number: number): string {
  return `fn-${number}`
}

/**
 * CSS that switches pagedjs's footnote counters off and gives each call and marker its number. Emitted in
 * a style element pagedjs leaves alone; each selector is more specific than the pagedjs base rule it beats.
 */
export function footnoteNumberCss(notes: readonly Pick<ExportNote, 'number'>[]): string {
  const counters = `.pagedjs_area .footnote[data-footnote-call], .footnote[data-footnote-marker]:not([data-split-from]) { counter-increment: none; }`
  // pagedjs asks for font-variant-position: super, which PT Serif has no glyphs for: the call would read as
  // an ordinary digit run into the word before it.
  const raised = `.pagedjs_area .footnote[data-footnote-call]::after { vertical-align: super; font-size: 65%; line-height: 0; font-variant-position: normal; }`
  const numbers = notes.map(({ number }) => {
    const selector = `.${footnoteNumberClass(number)}`
    return `${selector}[data-footnote-call]::after { content: ${cssString(String(number))}; }
${selector}[data-footnote-marker]:not([data-split-from])::marker { content: ${cssString(`${number}. `)}; }`
  })
  return [counters, raised, ...numbers].join('\n')
}
