import type { Annotation } from '../annotations/types'
import type { DocJSON } from '../document/types'
import type { ProjectFile } from '../project/schema'
import { blockText, placeAnnotations, type Placement } from './anchor'
import { plainCitations, type ExportCitations } from './citations'
import { localeFor, type Locale } from '../i18n/locale'
import type { Identity } from '../identity/identity'
import type { ExportForm, ExportOptions, NotePlacement } from './options'
import { readExportData, tagPath, type ExportData } from './project-data'
import { richBlocks, type RichBlock, type RichRun } from './rich-text'

/**
 * The publication, independent of its format: the PDF print view and the Word document are both drawn
 * from this one model, so they carry the same content.
 */

export type StructureLevel = 'preamble' | 'part' | 'chapter' | 'article'

/**
 * A piece of legal text: plain, highlighted by numbered notes (`marked` when a note without commentary
 * highlights it and the user asked for a margin mark), or a note call.
 */
export type ExportInline = { kind: 'text'; text: string; notes: number[]; marked?: boolean } | { kind: 'call'; note: number }

export type ExportBlock =
  /** `inlines` is the heading's own text with its highlights and note calls. */
  | { kind: 'heading'; level: StructureLevel; eId: string; label: string; heading: string; inlines: ExportInline[] }
  | { kind: 'text'; depth: number; label: string; inlines: ExportInline[]; isHeading: boolean }
  /** Endnotes after an article (placement "endnotes"), or its commentary paragraphs (form "commentary"). */
  | { kind: 'endnotes'; notes: number[] }

export interface ExportNote {
  number: number
  annotationId: string
  /** The author's name, empty unless the user asked for authors. */
  author: string
  tags: string[]
  body: RichBlock[]
  /** The note's citations as one cluster, formatted in the document's citation sequence; empty for none. */
  citation: RichRun[]
  /** The passages quoted from the cited sources, in citation order. */
  quotes: string[]
  replies: { author: string; body: RichBlock[] }[]
  /**
   * In a commentary, the note's margin number within its article (Rn. 1, 2, …), counted per article in
   * reading order so that notes added to other articles never renumber it; and the words it comments on.
   */
  marginNumber?: number
  lemma?: string
  /** The articles the commentary refers to ("see Article 19"); `inExport` when the link can point at it. */
  links: { eId: string; label: string; inExport: boolean }[]
}

export interface TocEntry {
  eId: string
  level: StructureLevel
  /** "Article 5. Title", or the article's first words where it has no title. */
  text: string
}

export interface ExportModel {
  title: string
  authors: string[]
  /** The export's date, YYYY-MM-DD. */
  date: string
  documentName: string
  versionLabel: string
  /** The legal text's language tag, as the document gives it. */
  language: string
  /** The language of the publication's labels and quotation marks. */
  labels: Locale
  placement: NotePlacement
  form: ExportForm
  showTags: boolean
  page: ExportOptions['page']
  toc: TocEntry[]
  blocks: ExportBlock[]
  notes: ExportNote[]
  bibliography: RichRun[][]
}

const structureLevels = new Set<string>(['preamble', 'part', 'chapter', 'article'])

/**
 * What to print of a structural unit: all of it when it (or a unit around it) is chosen, only its heading
 * when something chosen lies inside it, nothing otherwise.
 */
function verdictFor(options: ExportOptions, unit: DocJSON, insideChosen: boolean): 'all' | 'heading' | 'skip' {
  if (options.scope.kind === 'all' || insideChosen) return 'all'
  const chosen = new Set(options.scope.eIds)
  if (chosen.has(String(unit.attrs?.['eId']))) return 'all'
  return unit.type !== 'article' && containsChosen(unit, chosen) ? 'heading' : 'skip'
}

/** Whether `unit` or anything below it is chosen (so its heading belongs in the export). */
function containsChosen(unit: DocJSON, chosen: Set<string>): boolean {
  if (chosen.has(String(unit.attrs?.['eId']))) return true
  return (unit.content ?? []).some((child) => structureLevels.has(child.type) && containsChosen(child, chosen))
}

function selectAnnotations(data: ExportData, options: ExportOptions): Annotation[] {
  const tags = options.tagIds && new Set(options.tagIds)
  const authors = options.authorIds && new Set(options.authorIds)
  return data.annotations.filter((annotation) => (!tags || annotation.tags.some((tag) => tags.has(tag))) && (!authors || authors.has(annotation.author.id)))
}

/** Legal text while the publication is walked: notes named by annotation id until calls are numbered. */
type PendingInline = { kind: 'text'; text: string; ids: string[] } | { kind: 'call'; id: string }
type PendingBlock =
  | (Omit<Extract<ExportBlock, { kind: 'heading' }>, 'inlines'> & { inlines: PendingInline[] })
  | (Omit<Extract<ExportBlock, { kind: 'text' }>, 'inlines'> & { inlines: PendingInline[] })
  | { kind: 'endnotes' }

/** Splits a block's text at highlight edges and note calls; of calls at one spot, the nested highlight's first. */
function inlinesOf(block: DocJSON, placement: Placement): PendingInline[] {
  const text = blockText(block)
  const segments = placement.segments.get(block) ?? []
  const calls = placement.calls.get(block) ?? []
  const cuts = new Set([0, text.length, ...segments.flatMap((segment) => [segment.from, segment.to]), ...calls.map((call) => call.at)])
  const points = [...cuts].sort((a, b) => a - b)
  const inlines: PendingInline[] = []
  points.forEach((point, index) => {
    const here = calls.filter((candidate) => candidate.at === point).sort((a, b) => b.from - a.from)
    for (const call of here) inlines.push({ kind: 'call', id: call.annotationId })
    const next = points[index + 1]
    if (next === undefined || next === point) return
    const ids = segments.filter((segment) => segment.from <= point && segment.to >= next).map((segment) => segment.annotationId)
    inlines.push({ kind: 'text', text: text.slice(point, next), ids })
  })
  return inlines
}

/** About the first `count` words of a text, for a contents entry of an untitled article. */
function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`
}

/** The first paragraph's text anywhere inside a unit. */
function firstParagraphText(unit: DocJSON): string {
  for (const child of unit.content ?? []) {
    if (child.type === 'paragraph') return blockText(child)
    if (!structureLevels.has(child.type)) {
      const inner = firstParagraphText(child)
      if (inner) return inner
    }
  }
  return ''
}

export interface BuildModelInput {
  project: ProjectFile
  options: ExportOptions
  now: Date
  /** Citation formatting in the project's style (src/shared/citations); the plain fallback if absent. */
  citations?: ExportCitations
  /** Who is exporting: notes saved under this id carry the profile's real name. */
  identity?: Pick<Identity, 'id' | 'name'>
}

/** The language of a publication's labels: the one chosen, else the legal text's own. */
export function publicationLanguage(project: ProjectFile, options: ExportOptions): Locale {
  return options.language ?? localeFor(project.document?.language || 'en')
}

/** Names saved before an author had a profile name; never printed. */
const placeholderNames = new Set(['Me', ''])

/** Builds the publication from a project and the user's choices. */
export function buildExportModel({ project, options, now, citations: formatter, identity }: BuildModelInput): ExportModel {
  const data = readExportData(project)
  const citations = formatter ?? plainCitations(data.sources)
  const document = project.document
  const annotations = selectAnnotations(data, options)
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]))
  const content = document?.content ?? { type: 'doc' }
  const placement = placeAnnotations(content, annotations)
  const knownCitations = (annotation: Annotation) => annotation.citations.filter((citation) => data.sources.has(citation.sourceId))
  const bodies = new Map(annotations.map((annotation) => [annotation.id, richBlocks(annotation.body.doc)]))
  // A highlight with nothing to say never makes a footnote: no call, only the margin mark if asked for.
  const isBare = (annotation: Annotation) => bodies.get(annotation.id)!.length === 0 && knownCitations(annotation).length === 0 && annotation.replies.length === 0
  const bare = new Set(annotations.filter(isBare).map((annotation) => annotation.id))

  const commentary = options.form === 'commentary'
  const notesAfterArticles = commentary || options.placement === 'endnotes'
  const pending: PendingBlock[] = []
  const toc: TocEntry[] = []
  const partial = options.scope.kind !== 'all'

  const walk = (node: DocJSON, depth: number, insideChosen: boolean) => {
    for (const child of node.content ?? []) {
      if (structureLevels.has(child.type)) {
        const verdict = verdictFor(options, child, insideChosen)
        if (verdict === 'skip') continue
        const first = child.content?.[0]
        const hasHeading = first?.type === 'heading'
        const heading = hasHeading ? blockText(first) : ''
        const eId = String(child.attrs?.['eId'] ?? '')
        const label = String(child.attrs?.['label'] ?? '')
        const level = child.type as StructureLevel
        pending.push({ kind: 'heading', level, eId, label, heading, inlines: hasHeading ? inlinesOf(first, placement) : [] })
        const title = heading || (level === 'article' ? firstWords(firstParagraphText(child)) : '')
        toc.push({ eId, level, text: [label, title].filter(Boolean).join('. ') })
        walk({ ...child, content: hasHeading ? child.content!.slice(1) : child.content }, 0, verdict === 'all')
        if (level === 'article' && notesAfterArticles) pending.push({ kind: 'endnotes' })
      } else if (child.type === 'clause' || child.type === 'subpoint') {
        if (partial && !insideChosen) continue
        const label = String(child.attrs?.['label'] ?? '')
        ;(child.content ?? []).forEach((inner, index) => {
          if (inner.type === 'paragraph') pending.push({ kind: 'text', depth, label: index === 0 ? label : '', inlines: inlinesOf(inner, placement), isHeading: false })
          else walk({ type: 'group', content: [inner] }, depth + 1, insideChosen)
        })
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        if (partial && !insideChosen) continue
        pending.push({ kind: 'text', depth, label: '', inlines: inlinesOf(child, placement), isHeading: child.type === 'heading' })
      }
    }
  }
  walk({ type: 'doc', content: (content.content ?? []).filter((node) => node.type !== 'title') }, 0, false)
  if (notesAfterArticles) pending.push({ kind: 'endnotes' })

  // Notes are numbered by their calls in reading order, so calls and footnotes run 1, 2, 3 down the page.
  const numbers = new Map<string, number>()
  for (const block of pending) {
    if (block.kind === 'endnotes') continue
    for (const inline of block.inlines) if (inline.kind === 'call' && !bare.has(inline.id) && !numbers.has(inline.id)) numbers.set(inline.id, numbers.size + 1)
  }
  // A commentary prints the legal text clean: its notes follow the article as margin paragraphs.
  const finished = (inlines: PendingInline[]): ExportInline[] =>
    commentary ? inlines.flatMap((inline): ExportInline[] => (inline.kind === 'text' ? [{ kind: 'text', text: inline.text, notes: [] }] : [])) : annotated(inlines)
  const annotated = (inlines: PendingInline[]): ExportInline[] =>
    inlines.flatMap((inline): ExportInline[] => {
      if (inline.kind === 'call') return numbers.has(inline.id) ? [{ kind: 'call', note: numbers.get(inline.id)! }] : []
      const notes = inline.ids.flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : []))
      const marked = options.bareHighlights === 'marker' && notes.length === 0 && inline.ids.some((id) => bare.has(id))
      return [marked ? { kind: 'text', text: inline.text, notes, marked } : { kind: 'text', text: inline.text, notes }]
    })
  // Each endnotes block lists the notes called since the one before (a part heading's go with its first article's).
  let called: number[] = []
  const blocks = pending.flatMap((block): ExportBlock[] => {
    if (block.kind === 'endnotes') {
      const notesHere = called
      called = []
      return notesHere.length > 0 ? [{ kind: 'endnotes', notes: notesHere }] : []
    }
    for (const inline of block.inlines) {
      const note = inline.kind === 'call' ? numbers.get(inline.id) : undefined
      if (note !== undefined && !called.includes(note)) called.push(note)
    }
    const inlines = finished(block.inlines)
    return [{ ...block, inlines }]
  })

  const marginNumbers = new Map<number, number>()
  if (commentary) for (const block of blocks) if (block.kind === 'endnotes') block.notes.forEach((note, index) => marginNumbers.set(note, index + 1))
  const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([annotationId]) => byId.get(annotationId)!)
  const sequence = ordered.map(knownCitations)
  const clusters = citations.noteRuns(sequence)
  const cited = [...new Set(sequence.flat().map((citation) => citation.sourceId))]
  const authorName = (author: { id: string; name: string }) => {
    if (!options.showAuthors) return ''
    const name = identity && author.id === identity.id && identity.name.trim() ? identity.name.trim() : author.name.trim()
    return placeholderNames.has(name) ? '' : name
  }
  const unitLabels = new Map<string, string>()
  const collectLabels = (node: DocJSON) => {
    const eId = node.attrs?.['eId']
    if (typeof eId === 'string' && structureLevels.has(node.type)) unitLabels.set(eId, String(node.attrs?.['label'] ?? eId))
    if (structureLevels.has(node.type) || node.type === 'doc') node.content?.forEach(collectLabels)
  }
  collectLabels(content)
  const exported = new Set(toc.map((entry) => entry.eId))
  const linksOf = (annotation: Annotation) =>
    annotation.links.flatMap((eId) => (unitLabels.has(eId) ? [{ eId, label: unitLabels.get(eId)!, inExport: exported.has(eId) }] : []))
  const notes: ExportNote[] = ordered.map((annotation, index) => ({
    number: index + 1,
    annotationId: annotation.id,
    author: authorName(annotation.author),
    tags: annotation.tags.flatMap((id) => {
      const tag = data.tags.get(id)
      return tag ? [tagPath(tag, data.tags)] : []
    }),
    body: bodies.get(annotation.id)!,
    citation: clusters[index] ?? [],
    links: linksOf(annotation),
    quotes: sequence[index]!.flatMap((citation) => (citation.quote?.trim() ? [citation.quote.trim()] : [])),
    replies: annotation.replies.map((reply) => ({ author: authorName(reply.author), body: richBlocks(reply.body.doc) })),
    ...(commentary ? { marginNumber: marginNumbers.get(index + 1), lemma: annotation.target.quote.exact.trim() } : {})
  }))

  return {
    title: project.meta.title,
    authors: project.meta.authors,
    date: now.toISOString().slice(0, 10),
    documentName: document?.name ?? '',
    versionLabel: options.versionLabel,
    language: document?.language || 'en',
    labels: publicationLanguage(project, options),
    placement: options.placement,
    form: options.form,
    showTags: options.showTags,
    page: options.page,
    toc,
    blocks,
    notes,
    bibliography: cited.length > 0 ? citations.bibliographyRuns(cited) : []
  }
}
