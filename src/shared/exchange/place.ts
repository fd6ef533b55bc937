import type { AnnotationTarget } from '../annotations/types'
import { unitOffsetAtDocOffset, type DocumentText, type UnitText } from '../annotations/document-text'
import { matchQuote } from '../annotations/match-quote'
import { targetFromUnitOffsets } from '../annotations/selectors'
import type { MessageKey } from '../i18n/messages.en'
import type { ExternalAnnotation } from './external'

/**
 * Where an annotation from another tool goes in this text, or why it cannot go anywhere. An annotation
 * belongs to one article and must never land in the wrong one:
 * - when its selector names an article of this text, the quote is looked for there first (at its offsets,
 *   then anywhere in the article, as Hypothesis anchors: exact, then approximate, ranked by context);
 * - elsewhere only as an exact quote found once in the whole text (the article was renumbered or split);
 * - without an article, in the whole text, refused when it runs across two articles or when it occurs in
 *   several and no context tells which;
 * - a selector that names an article and no quote (an IRI `…#art_3`) annotates the whole article.
 */

export type Placement = { ok: true; target: AnnotationTarget } | { ok: false; code: MessageKey; params?: Record<string, string> }

const placed = (target: AnnotationTarget): Placement => ({ ok: true, target })
const refused = (code: MessageKey): Placement => ({ ok: false, code })

function inUnit(unit: UnitText, external: ExternalAnnotation): AnnotationTarget | null {
  const quote = external.quote
  const position = external.position
  if (position && position.end <= unit.text.length && (!quote || unit.text.slice(position.start, position.end) === quote.exact)) {
    return targetFromUnitOffsets(unit, position.start, position.end)
  }
  if (!quote) return null
  const match = matchQuote(unit.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start })
  return match ? targetFromUnitOffsets(unit, match.start, match.end) : null
}

/** Every exact occurrence of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(quote); at !== -1 && found.length < 1000; at = text.indexOf(quote, at + 1)) found.push(at)
  return found
}

/** A span of the whole text as a target, or null when it crosses from one unit into another. */
function targetOfDocSpan(text: DocumentText, start: number, end: number): AnnotationTarget | null {
  const from = unitOffsetAtDocOffset(text, start)
  const to = unitOffsetAtDocOffset(text, end)
  if (!from || !to || from.block.eId !== to.block.eId) return null
  return targetFromUnitOffsets(text.units.get(from.block.eId)!, from.unitOffset, to.unitOffset)
}

function inWholeText(text: DocumentText, external: ExternalAnnotation): Placement {
  const quote = external.quote!
  const exact = occurrences(text.text, quote.exact)
  if (exact.length > 1 && !quote.prefix.trim() && !quote.suffix.trim()) return refused('webImportQuoteAmbiguous')
  const match = matchQuote(text.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: external.hint ?? undefined })
  if (!match) return refused('webImportQuoteNotFound')
  const target = targetOfDocSpan(text, match.start, match.end)
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

/** Places an annotation by its selectors (see above). */
export function locateExternal(external: ExternalAnnotation, text: DocumentText): Placement {
  const quote = external.quote && external.quote.exact.trim() ? external.quote : null
  const named = external.eId ? unitNamed(text, external.eId) : null
  const unit = named?.unit
  if (unit) {
    // Offsets count from the start of what the fragment names: only usable when that is the unit itself.
    const target = inUnit(unit, { ...external, quote, position: named.exact ? external.position : null })
    if (target) return placed(target)
    if (!quote) return unit.text.trim() ? placed(targetFromUnitOffsets(unit, 0, unit.text.length)) : refused('webImportNothingToAnchor')
    const exact = occurrences(text.text, quote.exact)
    const moved = exact.length === 1 ? targetOfDocSpan(text, exact[0]!, exact[0]! + quote.exact.length) : null
    return moved ? placed(moved) : { ok: false, code: 'webImportQuoteNotInArticle', params: { article: unit.eId } }
  }
  if (!quote) return refused('webImportNothingToAnchor')
  return inWholeText(text, { ...external, quote })
}
