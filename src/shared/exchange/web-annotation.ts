import { z } from 'zod'
import { fail, ok, type Result } from '../errors'
import type { Annotation, Commentary } from '../annotations/types'
import { commentaryText } from '../annotations/model'
import type { ProjectFile } from '../project/schema'
import { commentaryToHtml } from './commentary-html'

/**
 * Annotations to and from the W3C Web Annotation Data Model (JSON-LD), the exchange format of Hypothesis and
 * other annotation tools. A Glossa target becomes a FragmentSelector naming the Akoma Ntoso eId of its
 * article, refined by a TextPositionSelector (offsets in that article's text), beside a TextQuoteSelector
 * that any tool can anchor on its own. Commentary travels as an HTML TextualBody, tags as tagging bodies.
 *
 * Reading accepts one annotation, a list, an AnnotationCollection or AnnotationPage, and the Hypothesis
 * API's own annotation format (`text`, `tags`, `target[].selector`, `rows`). What it returns is untrusted:
 * HTML bodies must be sanitised before use (see src/renderer/src/sanitize).
 */

export const webAnnotationContext = 'http://www.w3.org/ns/anno.jsonld'
/** Akoma Ntoso's naming convention, which the eId in a FragmentSelector follows. */
export const akomaNtosoNaming = 'http://docs.oasis-open.org/legaldocml/akn-core/v1.0/os/part2-specs/akn-core-v1.0-os-part2-specs.html'

/** An annotation read from another tool, before it is placed in the document. */
export interface ExternalAnnotation {
  id: string | null
  created: string | null
  modified: string | null
  creator: string | null
  /** The creator's id when it is a Glossa author (`urn:uuid:…`), so authors survive a round trip. */
  creatorId: string | null
  /** The article eId, when the annotation came from Glossa. */
  eId: string | null
  quote: { exact: string; prefix: string; suffix: string } | null
  position: { start: number; end: number } | null
  /** Commentary as HTML (to be sanitised) or as plain text (Hypothesis writes Markdown). */
  html: string | null
  text: string | null
  tags: string[]
}

const text = (max: number) => z.string().max(max)
const quoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: text(100_000), prefix: text(10_000).optional(), suffix: text(10_000).optional() })
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
const fragmentSelector = z.object({ type: z.literal('FragmentSelector'), value: text(200), refinedBy: z.unknown().optional() })
const anySelector = z.looseObject({ type: text(100) })
const textualBody = z.looseObject({ type: text(100).optional(), value: text(1_000_000).optional(), format: text(100).optional(), purpose: text(100).optional() })
const target = z.looseObject({ source: text(10_000).optional(), selector: z.union([anySelector, z.array(anySelector).max(20)]).optional() })
const person = z.union([text(1000), z.looseObject({ id: text(1000).optional(), name: text(1000).optional(), nickname: text(1000).optional() })])

/** The uuid of a `urn:uuid:` identifier, or null. */
export function uuidOf(value: unknown): string | null {
  return typeof value === 'string' && /^urn:uuid:[\w-]{1,200}$/.test(value) ? value.slice(9) : null
}

const w3cAnnotation = z.looseObject({
  type: z.union([z.literal('Annotation'), z.array(text(100)).max(10)]),
  id: text(2000).optional(),
  created: text(100).optional(),
  modified: text(100).optional(),
  creator: person.optional(),
  body: z.union([textualBody, text(1_000_000), z.array(z.union([textualBody, text(1_000_000)])).max(1000)]).optional(),
  target: z.union([target, text(10_000), z.array(z.union([target, text(10_000)])).max(20)])
})

const hypothesisAnnotation = z.looseObject({
  id: text(2000).optional(),
  created: text(100).optional(),
  updated: text(100).optional(),
  user: text(1000).optional(),
  text: text(1_000_000).optional(),
  tags: z.array(text(1000)).max(1000).optional(),
  target: z.array(target).max(20)
})

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

function fromSelectors(selectors: z.infer<typeof anySelector>[]): Pick<ExternalAnnotation, 'eId' | 'quote' | 'position'> {
  let eId: string | null = null
  let quote: ExternalAnnotation['quote'] = null
  let position: ExternalAnnotation['position'] = null
  for (const selector of selectors) {
    const asQuote = quoteSelector.safeParse(selector)
    if (asQuote.success) quote = { exact: asQuote.data.exact, prefix: asQuote.data.prefix ?? '', suffix: asQuote.data.suffix ?? '' }
    const asFragment = fragmentSelector.safeParse(selector)
    if (asFragment.success) {
      eId = asFragment.data.value
      const refined = positionSelector.safeParse(asFragment.data.refinedBy)
      if (refined.success && refined.data.end > refined.data.start) position = { start: refined.data.start, end: refined.data.end }
    }
  }
  return { eId, quote, position }
}

function fromW3C(annotation: z.infer<typeof w3cAnnotation>): ExternalAnnotation {
  const bodies = asArray(annotation.body).map((body) => (typeof body === 'string' ? { type: 'TextualBody', value: body } : body))
  const comment = bodies.find((body) => body.purpose !== 'tagging' && typeof body.value === 'string')
  const isHtml = comment?.format === 'text/html'
  const targets = asArray(annotation.target).filter((entry): entry is z.infer<typeof target> => typeof entry !== 'string')
  const creator = typeof annotation.creator === 'string' ? annotation.creator : (annotation.creator?.name ?? annotation.creator?.nickname ?? null)
  return {
    id: annotation.id ?? null,
    creatorId: typeof annotation.creator === 'object' ? uuidOf(annotation.creator.id) : null,
    created: annotation.created ?? null,
    modified: annotation.modified ?? null,
    creator,
    ...fromSelectors(targets.flatMap((entry) => asArray(entry.selector))),
    html: isHtml ? (comment?.value ?? null) : null,
    text: !isHtml ? (comment?.value ?? null) : null,
    tags: bodies.filter((body) => body.purpose === 'tagging' && typeof body.value === 'string').map((body) => body.value!)
  }
}

function fromHypothesis(annotation: z.infer<typeof hypothesisAnnotation>): ExternalAnnotation {
  return {
    id: annotation.id ?? null,
    created: annotation.created ?? null,
    modified: annotation.updated ?? null,
    creator: annotation.user ?? null,
    creatorId: null,
    ...fromSelectors(annotation.target.flatMap((entry) => asArray(entry.selector))),
    html: null,
    text: annotation.text ?? null,
    tags: annotation.tags ?? []
  }
}

/** The most annotations one file may bring in. */
export const maxImportedAnnotations = 100_000

/** Reads Web Annotation JSON-LD (or Hypothesis JSON) into annotations to place; refuses anything else. */
export function readWebAnnotations(data: unknown): Result<ExternalAnnotation[]> {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  const first = record['first'] as Record<string, unknown> | undefined
  const candidates: unknown[] = Array.isArray(data) ? data : Array.isArray(record['items']) ? (record['items'] as unknown[]) : Array.isArray(first?.['items']) ? (first['items'] as unknown[]) : Array.isArray(record['rows']) ? (record['rows'] as unknown[]) : [data]
  if (candidates.length > maxImportedAnnotations) return fail('errorWebAnnotationsInvalid', { where: `${candidates.length} annotations` })
  const read: ExternalAnnotation[] = []
  for (const [index, candidate] of candidates.entries()) {
    const w3c = w3cAnnotation.safeParse(candidate)
    if (w3c.success) {
      read.push(fromW3C(w3c.data))
      continue
    }
    const hypothesis = hypothesisAnnotation.safeParse(candidate)
    if (hypothesis.success) {
      read.push(fromHypothesis(hypothesis.data))
      continue
    }
    return fail('errorWebAnnotationsInvalid', { where: `annotation ${index + 1}` }, w3c.error.issues[0]?.message)
  }
  if (read.length === 0) return fail('errorWebAnnotationsInvalid', { where: '(root)' })
  return ok(read)
}

function toWebAnnotation(annotation: Annotation, documentUri: string, tagNames: Map<string, string>) {
  const html = commentaryToHtml((annotation.body as Commentary).doc)
  const bodies: object[] = commentaryText(annotation.body) ? [{ type: 'TextualBody', value: html, format: 'text/html', purpose: 'commenting' }] : []
  for (const tagId of annotation.tags) {
    const name = tagNames.get(tagId)
    if (name) bodies.push({ type: 'TextualBody', value: name, purpose: 'tagging' })
  }
  const { target } = annotation
  return {
    '@context': webAnnotationContext,
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    created: annotation.created,
    modified: annotation.modified,
    creator: { id: `urn:uuid:${annotation.author.id}`, type: 'Person', name: annotation.author.name },
    body: bodies,
    target: {
      source: documentUri,
      selector: [
        { type: 'FragmentSelector', conformsTo: akomaNtosoNaming, value: target.eId, refinedBy: { type: 'TextPositionSelector', start: target.position.start, end: target.position.end } },
        { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix }
      ]
    }
  }
}

/** The project's annotations as a W3C AnnotationCollection (JSON-LD). Replies go as their own annotations' text. */
export function exportWebAnnotations(project: ProjectFile): object {
  const documentUri = `urn:glossa:project:${project.meta.id}`
  const tagNames = new Map(project.tags.map((tag) => [tag.id, String((tag as { name?: unknown }).name ?? '')]))
  const items = (project.annotations as Annotation[]).map((annotation) => toWebAnnotation(annotation, documentUri, tagNames))
  return {
    '@context': webAnnotationContext,
    type: 'AnnotationCollection',
    label: project.meta.title,
    total: items.length,
    first: { type: 'AnnotationPage', items }
  }
}
