import type { ExternalAnnotation } from './external'
import { fragmentOf, isIri } from './iri'
import { asList, isObject, stringsOf, text, type Json } from './json-values'

/**
 * Reads where an annotation points from its `target`, in any of the shapes the model allows: an IRI string
 * (`…#art_3`), a SpecificResource whose `source` is an IRI or an object with an `id`, and selectors as one
 * object or a list, each possibly `refinedBy` another. A FragmentSelector, a CssSelector `#id` or the
 * source's fragment names the unit; a TextQuoteSelector gives the quote; a TextPositionSelector refining a
 * fragment gives offsets in that unit, a top-level one only a hint of where the quote is on the page.
 */

export type TargetReading = Pick<ExternalAnnotation, 'eId' | 'quote' | 'position' | 'hint'> & {
  /** The IRI of what is annotated (the source, or the target itself when it is a plain IRI). */
  iri: string | null
  /** Whether the target named any place inside its source (a selector or a fragment). */
  selects: boolean
}

const types = (value: Json) => stringsOf(value, 'type')
const offset = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null)

/** The id of a source given as an IRI or as an object with an `id`. */
export function sourceIri(source: unknown): string | null {
  if (isIri(source)) return source
  return isObject(source) && isIri(source['id']) ? source['id'] : null
}

function readSelector(selector: unknown, reading: TargetReading, insideFragment: boolean, depth = 0): void {
  // The model refines by one selector; some tools write a list.
  if (Array.isArray(selector) && depth < 8) return selector.forEach((each) => readSelector(each, reading, insideFragment, depth + 1))
  if (!isObject(selector) || depth > 8) return
  const kinds = types(selector)
  const value = text(selector['value'], 1000)
  if (kinds.includes('FragmentSelector') && value) {
    reading.eId = value.replace(/^#/, '')
    reading.selects = true
    readSelector(selector['refinedBy'], reading, true, depth + 1)
    return
  }
  if (kinds.includes('CssSelector') && value && /^#[\w.-]+$/.test(value)) {
    reading.eId = value.slice(1)
    reading.selects = true
    readSelector(selector['refinedBy'], reading, true, depth + 1)
    return
  }
  if (kinds.includes('TextQuoteSelector')) {
    const exact = text(selector['exact'], 100_000)
    if (exact !== null) {
      reading.quote = { exact, prefix: text(selector['prefix'], 10_000) ?? '', suffix: text(selector['suffix'], 10_000) ?? '' }
      reading.selects = true
    }
  } else if (kinds.includes('TextPositionSelector')) {
    const start = offset(selector['start'])
    const end = offset(selector['end'])
    if (start !== null && end !== null && end > start) {
      if (insideFragment) reading.position = { start, end }
      else reading.hint = start
      reading.selects = true
    }
  }
  readSelector(selector['refinedBy'], reading, insideFragment, depth + 1)
}

/** What one target (or the first usable of several) says about where the annotation is. */
export function readTarget(target: unknown): TargetReading {
  const readings = asList(target).map((one) => {
    const reading: TargetReading = { eId: null, quote: null, position: null, hint: null, iri: null, selects: false }
    if (isIri(one)) reading.iri = one
    else if (isObject(one)) {
      reading.iri = sourceIri(one['source']) ?? (isIri(one['id']) ? one['id'] : null)
      for (const selector of asList(one['selector'])) readSelector(selector, reading, false)
    }
    const fragment = reading.iri ? fragmentOf(reading.iri) : null
    if (!reading.eId && fragment && !fragment.includes('=')) {
      reading.eId = fragment
      reading.selects = true
    }
    return reading
  })
  return readings.find((reading) => reading.quote) ?? readings.find((reading) => reading.selects) ?? readings[0] ?? { eId: null, quote: null, position: null, hint: null, iri: null, selects: false }
}
