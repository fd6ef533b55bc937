import { fail, ok, type Result } from '../errors'
import type { EntryNote, ExternalAnnotation } from './external'
import { isIri } from './iri'
import { tagPath, readBodies } from './read-bodies'
import { readTarget } from './read-targets'
import { asList, isObject, stringsOf, text, type Json } from './json-values'

/**
 * Reads a Web Annotation file entry by entry: one annotation, a list, an AnnotationCollection with its
 * pages (embedded `first` and `next`), or Hypothesis's own files (the API's `rows`, the client's export
 * with `annotations`). An entry that is not an annotation is refused with its reason; the others are read.
 */

/** The most annotations one file may bring in. */
export const maxImportedAnnotations = 100_000

/** What a file held: the entries that read as annotations, and those refused with why. */
export interface WebAnnotationsFile {
  annotations: ExternalAnnotation[]
  refused: EntryNote[]
}

const types = (value: Json) => stringsOf(value, 'type')

/** The entries of a file, whatever holds them. */
function entriesOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  if (!isObject(data)) return [data]
  if (Array.isArray(data['rows'])) return data['rows']
  if (Array.isArray(data['annotations'])) return data['annotations']
  if (Array.isArray(data['items'])) return data['items']
  if (isObject(data['first'])) {
    const entries: unknown[] = []
    const seen = new Set<unknown>()
    for (let page: unknown = data['first']; isObject(page) && !seen.has(page); page = page['next']) {
      seen.add(page)
      entries.push(...asList(page['items']))
    }
    return entries
  }
  return [data]
}

function creatorOf(value: unknown): { creator: string | null; creatorId: string | null } {
  const first = asList(value)[0]
  if (typeof first === 'string') return { creator: first.slice(0, 200), creatorId: isIri(first) ? first : null }
  if (!isObject(first)) return { creator: null, creatorId: null }
  const name = text(first['name'], 1000) ?? text(first['nickname'], 1000) ?? text(first['id'], 1000)
  return { creator: name?.slice(0, 200) ?? null, creatorId: isIri(first['id']) ? first['id'] : null }
}

function fromW3C(entry: number, annotation: Json): ExternalAnnotation | EntryNote {
  const id = text(annotation['id'], 4000)
  if (annotation['target'] === undefined) return { entry, id, code: 'webImportNoTarget' }
  const target = readTarget(annotation['target'])
  const replying = asList(annotation['motivation']).includes('replying')
  return {
    entry,
    id,
    replyTo: replying && !target.selects ? target.iri : null,
    created: text(annotation['created'], 100),
    modified: text(annotation['modified'], 100),
    ...creatorOf(annotation['creator']),
    eId: target.eId,
    quote: target.quote,
    position: target.position,
    hint: target.hint,
    ...readBodies(annotation)
  }
}

/**
 * Where a Hypothesis service publishes its annotations (`https://hypothes.is/a/`), read from an entry's
 * `links.html`: the API's bare ids then become the IRIs its JSON-LD uses, so the two exports of the same
 * annotations import as the same annotations.
 */
function hypothesisPrefix(entries: unknown[]): string | null {
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry['links'])) continue
    const id = text(entry['id'], 200)
    const page = text(entry['links']['html'], 2000)
    if (id && page && isIri(page) && page.endsWith(`/${id}`)) return page.slice(0, -id.length)
  }
  return null
}

function fromHypothesis(entry: number, annotation: Json, prefix: string | null): ExternalAnnotation {
  const iriOf = (id: string) => (prefix && !isIri(id) ? `${prefix}${id}` : id)
  const target = readTarget(annotation['target'])
  const references = asList(annotation['references'])
    .filter((reference): reference is string => typeof reference === 'string')
    .map(iriOf)
  const user = text(annotation['user'], 1000)
  const userInfo = isObject(annotation['user_info']) ? annotation['user_info'] : {}
  const body = text(annotation['text'], 1_000_000) ?? ''
  const id = text(annotation['id'], 4000)
  return {
    entry,
    id: id === null ? null : iriOf(id),
    replyTo: references.at(-1) ?? null,
    created: text(annotation['created'], 100),
    modified: text(annotation['updated'], 100),
    creator: (text(userInfo['display_name'], 200) ?? user)?.slice(0, 200) ?? null,
    creatorId: isIri(user) ? user : null,
    eId: target.eId,
    quote: target.quote,
    position: target.position,
    hint: target.hint,
    comments: body.trim() ? [{ value: body, html: false }] : [],
    resources: [],
    tags: asList(annotation['tags'])
      .filter((tag): tag is string => typeof tag === 'string')
      .slice(0, 200)
      .map((tag) => ({ path: tagPath(tag) }))
      .filter((tag) => tag.path.length > 0),
    citations: [],
    links: []
  }
}

function readEntry(entry: number, candidate: unknown, prefix: string | null): ExternalAnnotation | EntryNote {
  if (!isObject(candidate)) return { entry, id: null, code: 'webImportNotAnnotation' }
  const kinds = types(candidate)
  if (kinds.includes('Annotation') || kinds.includes('oa:Annotation')) return fromW3C(entry, candidate)
  const looksLikeHypothesis = kinds.length === 0 && Array.isArray(candidate['target']) && ['text', 'tags', 'user', 'uri'].some((key) => key in candidate)
  if (looksLikeHypothesis) return fromHypothesis(entry, candidate, prefix)
  return { entry, id: text(candidate['id'], 4000), code: 'webImportNotAnnotation' }
}

/** Reads Web Annotation JSON-LD (or Hypothesis JSON); refuses the file only when no entry is an annotation. */
export function readWebAnnotations(data: unknown): Result<WebAnnotationsFile> {
  const entries = entriesOf(data)
  if (entries.length > maxImportedAnnotations) return fail('errorWebAnnotationsInvalid', { where: `${entries.length} annotations` })
  const file: WebAnnotationsFile = { annotations: [], refused: [] }
  const prefix = hypothesisPrefix(entries)
  entries.forEach((candidate, index) => {
    const read = readEntry(index + 1, candidate, prefix)
    if ('code' in read) file.refused.push(read)
    else file.annotations.push(read)
  })
  if (file.annotations.length === 0) return fail('errorWebAnnotationsInvalid', { where: file.refused[0] ? `annotation ${file.refused[0].entry}` : '(root)' })
  return ok(file)
}
