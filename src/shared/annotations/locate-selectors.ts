import { findQuote, quoteAtPosition, unitSpanOfDocSpan } from './anchor'
import type { DocumentText, UnitText } from './document-text'
import type { MessageKey } from '../i18n/messages.en'
import { targetFromUnitOffsets } from './selectors'
import type { AnnotationTarget } from './types'

/**
 * Where selectors from another tool (Web Annotation, Hypothesis) put an annotation in this text, or why they
 * cannot put it anywhere, with the same search as every other anchoring (anchor.ts). An annotation belongs
 * to one article and must never land in the wrong one:
 * - when its selector names an article of this text, the quote is looked for there first (at its offsets,
 *   then anywhere in the article: exact, then approximate when trustworthy, ranked by context);
 * - elsewhere only as an exact quote found once in the whole text (the article was renumbered or split);
 * - without an article, in the whole text, refused when it runs across two articles or when it occurs in
 *   several and no context tells which;
 * - a selector that names an article and no quote (an IRI `…#art_3`) annotates the whole article.
 */

/** What another tool's selectors say: each part may be missing. */
export interface ForeignSelectors {
  /** The unit (article) a FragmentSelector or an IRI fragment names. */
  eId: string | null
  quote: { exact: string; prefix: string; suffix: string } | null
  /** Offsets in the named unit's text. */
  position: { start: number; end: number } | null
  /** Where the quote starts in the whole page, as other tools count. */
  hint: number | null
}

export type Location = { ok: true; target: AnnotationTarget } | { ok: false; code: MessageKey; params?: Record<string, string> }

const placed = (target: AnnotationTarget): Location => ({ ok: true, target })
const refused = (code: MessageKey): Location => ({ ok: false, code })

function inUnit(unit: UnitText, selectors: ForeignSelectors): AnnotationTarget | null {
  const { quote, position } = selectors
  if (position && position.end <= unit.text.length) {
    if (!quote && position.end > position.start) return targetFromUnitOffsets(unit, position.start, position.end)
    if (quote && quoteAtPosition(unit, { quote: { type: 'TextQuoteSelector', ...quote }, position: { type: 'TextPositionSelector', ...position } })) {
      return targetFromUnitOffsets(unit, position.start, position.end)
    }
  }
  if (!quote) return null
  const found = findQuote(unit.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start })
  return found ? targetFromUnitOffsets(unit, found.start, found.end) : null
}

/** Every exact occurrence of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(quote); at !== -1 && found.length < 1000; at = text.indexOf(quote, at + 1)) found.push(at)
  return found
}

/** A span of the whole text as a target, or null when it crosses from one unit into another. */
function targetOfDocSpan(text: DocumentText, start: number, end: number): AnnotationTarget | null {
  const span = unitSpanOfDocSpan(text, start, end)
  if (!span || span.start + (end - start) > span.end) return null
  return targetFromUnitOffsets(span.unit, span.start, span.end)
}

function inWholeText(text: DocumentText, selectors: ForeignSelectors & { quote: NonNullable<ForeignSelectors['quote']> }): Location {
  const { quote } = selectors
  const exact = occurrences(text.text, quote.exact)
  if (exact.length > 1 && !quote.prefix.trim() && !quote.suffix.trim()) return refused('webImportQuoteAmbiguous')
  const found = findQuote(text.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: selectors.hint ?? undefined })
  if (!found) return refused('webImportQuoteNotFound')
  const target = targetOfDocSpan(text, found.start, found.end)
  return target ? placed(target) : refused('webImportQuoteAcrossArticles')
}

/**
 * The unit an eId names: itself, or the unit holding it when it names a part of one (Akoma Ntoso eIds name
 * their ancestors: `art_2__para_2` is in `art_2`); null when the text has no such unit.
 */
function unitNamed(text: DocumentText, eId: string): { unit: UnitText; exact: boolean } | null {
  const parts = eId.split('__')
  for (let length = parts.length; length > 0; length--) {
    const unit = text.units.get(parts.slice(0, length).join('__'))
    if (unit) return { unit, exact: length === parts.length }
  }
  return null
}

/** Places an annotation by another tool's selectors (see above). */
export function locateSelectors(selectors: ForeignSelectors, text: DocumentText): Location {
  const quote = selectors.quote && selectors.quote.exact.trim() ? selectors.quote : null
  const named = selectors.eId ? unitNamed(text, selectors.eId) : null
  const unit = named?.unit
  if (unit) {
    // Offsets count from the start of what the fragment names: only usable when that is the unit itself.
    const target = inUnit(unit, { ...selectors, quote, position: named.exact ? selectors.position : null })
    if (target) return placed(target)
    if (!quote) return unit.text.trim() ? placed(targetFromUnitOffsets(unit, 0, unit.text.length)) : refused('webImportNothingToAnchor')
    const exact = occurrences(text.text, quote.exact)
    const moved = exact.length === 1 ? targetOfDocSpan(text, exact[0]!, exact[0]! + quote.exact.length) : null
    return moved ? placed(moved) : { ok: false, code: 'webImportQuoteNotInArticle', params: { article: unit.eId } }
  }
  if (!quote) return refused('webImportNothingToAnchor')
  return inWholeText(text, { ...selectors, quote })
}
