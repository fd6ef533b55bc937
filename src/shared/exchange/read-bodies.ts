import type { LocatorLabel } from '../annotations/types'
import type { ExternalAnnotation, ExternalCitation } from './external'
import { decoded, fromIri, isIri } from './iri'
import { sourceIri } from './read-targets'
import { glossaSourcePrefix, tagPathSeparator } from './vocabulary'
import { asList, isObject, stringsOf, text, type Json } from './json-values'

/**
 * Reads an annotation's bodies in any shape the model allows: `bodyValue`, a string (an IRI: an external
 * resource), a TextualBody (`type` a string or a list), an external web resource, a SpecificResource, a
 * Choice (its first usable item). Tagging bodies become tags by path; SpecificResources naming a Glossa
 * source become citations, those selecting a fragment become article links; other addresses are kept as
 * links in the commentary.
 */

type BodyReading = Pick<ExternalAnnotation, 'comments' | 'resources' | 'tags' | 'citations' | 'links'>

const types = (value: Json) => stringsOf(value, 'type')

const locatorLabels: readonly LocatorLabel[] = ['page', 'paragraph', 'section', 'chapter', 'article', 'clause', 'line', 'note']

/** A tag name as a path: Glossa writes a nested tag as "Parent > Child". */
export function tagPath(name: string): string[] {
  return name
    .split(tagPathSeparator)
    .map((part) => part.trim().slice(0, 200))
    .filter(Boolean)
}

function readCitation(body: Json, source: string): ExternalCitation {
  const sourceObject = isObject(body['source']) ? body['source'] : {}
  const citation: ExternalCitation = {
    sourceId: source.startsWith(glossaSourcePrefix) ? fromIri(decoded(source.slice(glossaSourcePrefix.length))) : null,
    title: text(sourceObject['title'], 2000)
  }
  for (const selector of asList(body['selector']).filter(isObject)) {
    const value = text(selector['value'], 200)
    const kinds = types(selector)
    const pinpoint = value && kinds.includes('FragmentSelector') ? /^(\w+)=(.+)$/.exec(value) : null
    if (pinpoint && (locatorLabels as readonly string[]).includes(pinpoint[1]!)) citation.locator = { label: pinpoint[1] as LocatorLabel, value: pinpoint[2]! }
    const exact = kinds.includes('TextQuoteSelector') ? text(selector['exact'], 10_000) : null
    if (exact) citation.quote = exact
  }
  return citation
}

/** A semantic tag (an IRI with purpose tagging, W3C model 3.3.5) by the last segment of its address. */
function semanticTag(address: string, reading: BodyReading): void {
  const name = decoded(address.replace(/[#/]+$/, '').split(/[#/:]/).at(-1) ?? '')
  const path = tagPath(name)
  if (path.length > 0) reading.tags.push({ path })
  else reading.resources.push(address)
}

function readSpecificResource(body: Json, reading: BodyReading): void {
  const source = sourceIri(body['source'])
  if (!source) return
  if (stringsOf(body, 'purpose').includes('tagging')) return semanticTag(source, reading)
  if (source.startsWith(glossaSourcePrefix)) {
    reading.citations.push(readCitation(body, source))
    return
  }
  const fragment = asList(body['selector'])
    .filter(isObject)
    .find((selector) => types(selector).includes('FragmentSelector') && typeof selector['value'] === 'string')
  if (fragment) reading.links.push(String(fragment['value']).slice(0, 200))
  else reading.resources.push(source)
}

function readBody(body: unknown, reading: BodyReading, depth = 0): void {
  if (typeof body === 'string') {
    // The model reads a string body as an IRI; some tools write commentary there all the same.
    const address: boolean = isIri(body)
    if (address) reading.resources.push(body)
    else if (body.trim()) reading.comments.push({ value: body, html: false })
    return
  }
  if (!isObject(body) || depth > 3) return
  const kinds = types(body)
  if (kinds.includes('Choice') || kinds.includes('oa:Choice')) {
    const before = JSON.stringify(reading)
    for (const item of asList(body['items'])) {
      readBody(item, reading, depth + 1)
      if (JSON.stringify(reading) !== before) break
    }
    return
  }
  if (kinds.includes('SpecificResource') || (body['source'] !== undefined && body['value'] === undefined)) return readSpecificResource(body, reading)
  const value = text(body['value'], 1_000_000)
  if (value !== null) {
    if (stringsOf(body, 'purpose').includes('tagging')) {
      const path = tagPath(value)
      if (path.length > 0) reading.tags.push({ path })
    } else if (value.trim()) reading.comments.push({ value, html: /html/i.test(String(body['format'] ?? '')) })
    return
  }
  if (isIri(body['id'])) {
    if (stringsOf(body, 'purpose').includes('tagging')) semanticTag(body['id'], reading)
    else reading.resources.push(body['id'])
  }
}

/** The bodies of a W3C annotation (`body` in any shape, or `bodyValue`). */
export function readBodies(annotation: Json): BodyReading {
  const reading: BodyReading = { comments: [], resources: [], tags: [], citations: [], links: [] }
  const bodyValue = text(annotation['bodyValue'], 1_000_000)
  if (bodyValue?.trim()) reading.comments.push({ value: bodyValue, html: false })
  for (const body of asList(annotation['body']).slice(0, 1000)) readBody(body, reading)
  return reading
}
