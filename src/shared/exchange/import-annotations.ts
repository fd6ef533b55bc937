import type { DocumentText } from '../annotations/document-text'
import { isSafeHref } from '../annotations/commentary-schema'
import { annotationSchema } from '../annotations/schema'
import type { Annotation, Author, Citation, Commentary, Reply, Tag } from '../annotations/types'
import type { DocJSON } from '../document/types'
import type { ProjectFile } from '../project/schema'
import type { CslItem } from '../sources/types'
import { sameValue } from '../merge/canonical'
import { textToCommentary } from './commentary-from-text'
import type { EntryNote, ExternalAnnotation, ExternalTag } from './external'
import { digest, fromIri } from './iri'
import { locateSelectors } from '../annotations/locate-selectors'
import type { WebAnnotationsFile } from './read-annotations'

/**
 * Places the annotations of a Web Annotation file in a project, entry by entry: one pure function that the
 * command line and the renderer both call. An entry whose id is already in the project updates it (unless
 * the project's copy is newer), so importing a file twice adds nothing; a reply goes under the annotation
 * its thread starts from; tags are found by their path (missing ones made); citations keep their source
 * when the project has it. What could not be taken is refused with its reason, nothing else is lost.
 */

/** The colour of authors who came from another tool and have no Glossa identity. */
export const externalAuthorColor = '#5a5a5a'

/** What importing did, for the report the user sees and for `import-annotations --json`. */
export interface AnnotationImportReport {
  /** Annotations and replies added. */
  accepted: number
  updated: number
  /** Entries the project already held as they are (or held a newer version of). */
  unchanged: number
  refused: EntryNote[]
  /** Parts of taken entries that were left out (a citation of an unknown source, a link to a missing article). */
  leftOut: EntryNote[]
  /** Element and attribute names the sanitiser removed from HTML bodies. */
  removed: string[]
}

export interface AnnotationImport {
  annotations: Annotation[]
  tags: Tag[]
  report: AnnotationImportReport
}

export interface ImportOptions {
  /** The project's text, as selectors see it. */
  text: DocumentText
  /** Untrusted HTML as commentary, sanitised (the renderer's DOMPurify, or the shared parse5 pass). */
  fromHtml(html: string): { body: Commentary; removed: string[] }
  now: Date
}

type Outcome = 'accepted' | 'updated' | 'unchanged'

/** The Glossa id of an entry: from its own id, else from what it says, so the same entry always gets the same. */
function glossaIdOf(external: ExternalAnnotation): string {
  if (external.id) return fromIri(external.id)
  const { eId, quote, comments, created, creator, replyTo } = external
  return `wa-${digest(JSON.stringify({ eId, quote, comments, created, creator, replyTo }))}`
}

/** Finds or makes the tags of the project's taxonomy that import paths name (case-insensitive names). */
function tagResolver(tags: Tag[]) {
  return (tag: ExternalTag): string => {
    let parentId: string | null = null
    for (const name of tag.path) {
      const key = name.toLowerCase()
      let found: Tag | undefined = tags.find((candidate) => candidate.parentId === parentId && candidate.name.trim().toLowerCase() === key)
      if (!found) {
        found = { id: crypto.randomUUID(), name, color: externalAuthorColor, description: '', parentId }
        tags.push(found)
      }
      parentId = found.id
    }
    return parentId!
  }
}

/** The content that decides whether an update changes anything. */
const contentOf = (item: Annotation | Reply) =>
  'target' in item ? { body: item.body, target: item.target, tags: [...item.tags].sort(), citations: item.citations, links: item.links } : { body: item.body }

function outcomeOf(existing: Annotation | Reply, candidate: Annotation | Reply, datedByFile: boolean): Outcome {
  if (sameValue(contentOf(existing), contentOf(candidate))) return 'unchanged'
  // The project's copy was edited after the file's: keep the edit.
  if (datedByFile && existing.modified > candidate.modified) return 'unchanged'
  return 'updated'
}

export function importAnnotations(project: ProjectFile, file: WebAnnotationsFile, options: ImportOptions): AnnotationImport {
  const { text, now } = options
  const stamp = now.toISOString()
  const annotations = [...(project.annotations as Annotation[])]
  const tags = [...(project.tags as Tag[])]
  const sources = project.sources as CslItem[]
  const report: AnnotationImportReport = { accepted: 0, updated: 0, unchanged: 0, refused: [...file.refused], leftOut: [], removed: [] }
  const removed = new Set<string>()
  const tagId = tagResolver(tags)
  const indexOf = new Map(annotations.map((annotation, index) => [annotation.id, index]))
  const authors = new Map(annotations.flatMap((annotation) => [annotation.author, ...annotation.replies.map((reply) => reply.author)]).map((author) => [author.id, author]))
  const count = (outcome: Outcome) => report[outcome]++
  const note = (list: EntryNote[], external: ExternalAnnotation, code: EntryNote['code'], params?: EntryNote['params']) =>
    list.push({ entry: external.entry, id: external.id, code, ...(params ? { params } : {}) })
  const date = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null)

  const authorOf = (external: ExternalAnnotation): Author => {
    const id = (external.creatorId ? fromIri(external.creatorId) : `external:${external.creator ?? 'unknown'}`).slice(0, 200)
    return authors.get(id) ?? { id, name: (external.creator ?? '').slice(0, 200), color: externalAuthorColor }
  }

  const bodyOf = (external: ExternalAnnotation): Commentary => {
    const content: DocJSON[] = []
    for (const comment of external.comments) {
      if (comment.html) {
        const converted = options.fromHtml(comment.value)
        converted.removed.forEach((name) => removed.add(name))
        content.push(...(converted.body.doc.content ?? []))
      } else content.push(...(textToCommentary(comment.value).doc.content ?? []))
    }
    for (const address of external.resources) {
      const safe = isSafeHref(address)
      content.push({ type: 'paragraph', content: [{ type: 'text', text: address, ...(safe ? { marks: [{ type: 'link', attrs: { href: address } }] } : {}) }] })
    }
    return { doc: { type: 'doc', content } }
  }

  const citationsOf = (external: ExternalAnnotation): Citation[] =>
    external.citations.flatMap((citation) => {
      const title = citation.title?.trim().toLowerCase()
      const source = sources.find((item) => item.id === citation.sourceId) ?? (title ? sources.find((item) => item.title?.trim().toLowerCase() === title) : undefined)
      if (!source) {
        note(report.leftOut, external, 'webImportCitationUnknownSource', { source: citation.title ?? citation.sourceId ?? '?' })
        return []
      }
      return [{ sourceId: source.id, ...(citation.locator ? { locator: citation.locator } : {}), ...(citation.quote ? { quote: citation.quote } : {}) }]
    })

  const linksOf = (external: ExternalAnnotation): string[] =>
    [...new Set(external.links)].filter((eId) => {
      if (text.units.has(eId)) return true
      note(report.leftOut, external, 'webImportLinkUnknownArticle', { article: eId })
      return false
    })

  const topLevel = file.annotations.filter((external) => external.replyTo === null)
  const replies = file.annotations.filter((external) => external.replyTo !== null)
  const refusedIds = new Set<string>()

  for (const external of topLevel) {
    const id = glossaIdOf(external)
    const placement = locateSelectors(external, text)
    if (!placement.ok) {
      note(report.refused, external, placement.code, placement.params)
      refusedIds.add(id)
      continue
    }
    const created = date(external.created)
    const modified = date(external.modified) ?? created
    const index = indexOf.get(id)
    const existing = index === undefined ? undefined : annotations[index]
    const candidate: Annotation = {
      id,
      author: existing?.author ?? authorOf(external),
      created: existing?.created ?? created ?? stamp,
      modified: modified ?? stamp,
      target: placement.target,
      tags: [...new Set(external.tags.map(tagId))],
      body: bodyOf(external),
      citations: citationsOf(external),
      links: linksOf(external),
      replies: existing?.replies ?? []
    }
    // What a project file could not hold (a body past the size limits) is refused here, not at the next save.
    if (!annotationSchema.safeParse(candidate).success) {
      note(report.refused, external, 'webImportTooLarge')
      refusedIds.add(id)
      continue
    }
    if (!existing) {
      indexOf.set(id, annotations.push(candidate) - 1)
      count('accepted')
      continue
    }
    const outcome = outcomeOf(existing, candidate, modified !== null)
    if (outcome === 'updated') annotations[index!] = candidate
    count(outcome)
  }

  const byFileId = new Map(file.annotations.filter((external) => external.id).map((external) => [fromIri(external.id!), external]))
  const replyParent = new Map(annotations.flatMap((annotation) => annotation.replies.map((reply) => [reply.id, annotation.id] as const)))
  /** The annotation a thread starts from: Glossa replies are flat, Hypothesis threads nest. */
  const rootOf = (external: ExternalAnnotation): string => {
    let current = fromIri(external.replyTo!)
    const seen = new Set<string>()
    for (let parent = byFileId.get(current); parent?.replyTo && !seen.has(current); parent = byFileId.get(current)) {
      seen.add(current)
      current = fromIri(parent.replyTo)
    }
    return replyParent.get(current) ?? current
  }

  for (const external of replies) {
    const parentId = rootOf(external)
    const index = indexOf.get(parentId)
    if (index === undefined) {
      note(report.refused, external, refusedIds.has(parentId) ? 'webImportReplyParentRefused' : 'webImportReplyParentMissing')
      continue
    }
    const parent = annotations[index]!
    const id = glossaIdOf(external)
    const created = date(external.created)
    const modified = date(external.modified) ?? created
    const existing = parent.replies.find((reply) => reply.id === id)
    const candidate: Reply = {
      id,
      author: existing?.author ?? authorOf(external),
      created: existing?.created ?? created ?? stamp,
      modified: modified ?? stamp,
      body: bodyOf(external)
    }
    const outcome = existing ? outcomeOf(existing, candidate, modified !== null) : 'accepted'
    if (outcome !== 'unchanged') {
      const kept = parent.replies.filter((reply) => reply.id !== id)
      const revised = { ...parent, replies: [...kept, candidate].sort((a, b) => a.created.localeCompare(b.created)) }
      if (!annotationSchema.safeParse(revised).success) {
        note(report.refused, external, 'webImportTooLarge')
        continue
      }
      annotations[index] = revised
      replyParent.set(id, parent.id)
    }
    count(outcome)
  }

  report.removed = [...removed].sort()
  return { annotations, tags, report }
}
