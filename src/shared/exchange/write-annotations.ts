import { commentaryText } from '../annotations/model'
import type { Annotation, Author, Citation, Commentary, Reply, Tag } from '../annotations/types'
import type { ProjectFile } from '../project/schema'
import type { CslItem } from '../sources/types'
import { commentaryToHtml } from './commentary-html'
import { toIri } from './iri'
import { akomaNtosoNaming, glossaSourcePrefix, pdfFragments, projectDocumentIri, tagPathSeparator, webAnnotationContext } from './vocabulary'

/**
 * The project's annotations as a W3C AnnotationCollection (JSON-LD) that meets the model's MUSTs: an `id`
 * on the collection, its page and every annotation; a `motivation`; no empty `body` (a highlight has none).
 * A target names the article's eId in a FragmentSelector refined by offsets, beside a TextQuoteSelector any
 * tool can anchor. Commentary is an HTML TextualBody, a tag a tagging body with its path ("Values > Secularism"),
 * a citation a SpecificResource on the cited work with its pinpoint, an article link a SpecificResource on the
 * linked article. A reply is an annotation of its own, `replying`, whose target is its parent.
 */

type Json = Record<string, unknown>

interface Names {
  documentIri: string
  tagPaths: Map<string, string>
  sources: Map<string, CslItem>
  archivedText: boolean
}

export interface WebAnnotationExportOptions {
  /** Embed each cited source's archived text (its `value`) and its language; left out unless asked. */
  archivedText?: boolean
}

/** Each tag's path from the root of the taxonomy, joined: "Values > Secularism". */
function tagPaths(tags: readonly Tag[]): Map<string, string> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const paths = new Map<string, string>()
  for (const tag of tags) {
    const names: string[] = []
    const seen = new Set<string>()
    for (let current: Tag | undefined = tag; current && !seen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
      seen.add(current.id)
      names.unshift(current.name)
    }
    paths.set(tag.id, names.join(tagPathSeparator))
  }
  return paths
}

const creator = (author: Author) => ({ id: toIri(author.id), type: 'Person', name: author.name })

function commentBody(body: Commentary): Json[] {
  return commentaryText(body) ? [{ type: 'TextualBody', value: commentaryToHtml(body.doc), format: 'text/html', purpose: 'commenting' }] : []
}

function citationBody(citation: Citation, names: Names): Json {
  const source = names.sources.get(citation.sourceId)
  const title = source?.title
  const archived = names.archivedText && source?.snapshot ? { language: source.snapshot.language, value: source.snapshot.text } : {}
  const selectors: Json[] = []
  if (citation.locator) {
    const { label, value } = citation.locator
    selectors.push({ type: 'FragmentSelector', ...(label === 'page' ? { conformsTo: pdfFragments } : {}), value: `${label}=${value}` })
  }
  if (citation.quote) selectors.push({ type: 'TextQuoteSelector', exact: citation.quote, ...(citation.quoteContext ?? {}) })
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: { id: `${glossaSourcePrefix}${encodeURIComponent(citation.sourceId)}`, type: 'Text', ...(title ? { title } : {}), ...archived },
    ...(selectors.length > 0 ? { selector: selectors } : {})
  }
}

const linkBody = (eId: string, names: Names): Json => ({
  type: 'SpecificResource',
  purpose: 'linking',
  source: names.documentIri,
  selector: { type: 'FragmentSelector', conformsTo: akomaNtosoNaming, value: eId }
})

function motivationOf(annotation: Annotation): string {
  if (commentaryText(annotation.body)) return 'commenting'
  if (annotation.citations.length > 0 || annotation.links.length > 0) return 'linking'
  if (annotation.tags.length > 0) return 'tagging'
  return 'highlighting'
}

function toWebAnnotation(annotation: Annotation, names: Names): Json {
  const tags = annotation.tags.map((id) => names.tagPaths.get(id)).filter((path): path is string => Boolean(path))
  const bodies = [
    ...commentBody(annotation.body),
    ...tags.map((path) => ({ type: 'TextualBody', value: path, purpose: 'tagging' })),
    ...annotation.citations.map((citation) => citationBody(citation, names)),
    ...annotation.links.map((eId) => linkBody(eId, names))
  ]
  const { target } = annotation
  return {
    '@context': webAnnotationContext,
    id: toIri(annotation.id),
    type: 'Annotation',
    motivation: motivationOf(annotation),
    created: annotation.created,
    modified: annotation.modified,
    creator: creator(annotation.author),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      source: names.documentIri,
      selector: [
        { type: 'FragmentSelector', conformsTo: akomaNtosoNaming, value: target.eId, refinedBy: { type: 'TextPositionSelector', start: target.position.start, end: target.position.end } },
        { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix }
      ]
    }
  }
}

function toWebReply(reply: Reply, parent: Annotation): Json {
  const body = commentBody(reply.body)
  return {
    '@context': webAnnotationContext,
    id: toIri(reply.id),
    type: 'Annotation',
    motivation: 'replying',
    created: reply.created,
    modified: reply.modified,
    creator: creator(reply.author),
    ...(body.length > 0 ? { body } : {}),
    target: toIri(parent.id)
  }
}

/** The project's annotations and their replies as one AnnotationCollection with one embedded page. */
export function exportWebAnnotations(project: ProjectFile, options: WebAnnotationExportOptions = {}): Json {
  const documentIri = projectDocumentIri(project.meta.id)
  const names: Names = {
    documentIri,
    archivedText: options.archivedText ?? false,
    tagPaths: tagPaths(project.tags as Tag[]),
    sources: new Map((project.sources as CslItem[]).map((source) => [source.id, source]))
  }
  const items = (project.annotations as Annotation[]).flatMap((annotation) => [
    toWebAnnotation(annotation, names),
    ...annotation.replies.map((reply) => toWebReply(reply, annotation))
  ])
  const collectionId = `${documentIri}:annotations`
  const pageId = `${collectionId}:page-1`
  return {
    '@context': webAnnotationContext,
    id: collectionId,
    type: 'AnnotationCollection',
    label: project.meta.title,
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
    last: pageId
  }
}
