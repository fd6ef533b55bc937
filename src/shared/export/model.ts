import type { Annotation } from '../annotations/types'
import type { DocJSON } from '../document/types'
import type { ProjectFile } from '../project/schema'
import { blockText, placeAnnotations, type Placement } from './anchor'
import { formattingRepeatsOnce, plainCitations, type ExportCitations } from './citations'
import type { ExportOptions, NotePlacement } from './options'
import { readExportData, tagPath, type ExportData } from './project-data'
import { richBlocks, type RichBlock } from './rich-text'

/**
 * The publication, independent of its format: the PDF print view and the Word document are both drawn
 * from this one model, so they carry the same content.
 */

export type StructureLevel = 'preamble' | 'part' | 'chapter' | 'article'

/** A piece of legal text: plain, highlighted by notes, or a note call. */
export type ExportInline = { kind: 'text'; text: string; notes: number[] } | { kind: 'call'; note: number }

export type ExportBlock =
  | { kind: 'heading'; level: StructureLevel; eId: string; label: string; heading: string }
  | { kind: 'text'; depth: number; label: string; inlines: ExportInline[]; isHeading: boolean }
  /** Endnotes after an article (placement "endnotes"). */
  | { kind: 'endnotes'; notes: number[] }

export interface ExportNote {
  number: number
  annotationId: string
  author: string
  tags: string[]
  body: RichBlock[]
  citations: string[]
  replies: { author: string; body: RichBlock[] }[]
}

export interface TocEntry {
  eId: string
  level: StructureLevel
  text: string
}

export interface ExportModel {
  title: string
  authors: string[]
  /** The export's date, YYYY-MM-DD. */
  date: string
  documentName: string
  versionLabel: string
  language: string
  placement: NotePlacement
  showTags: boolean
  page: ExportOptions['page']
  toc: TocEntry[]
  blocks: ExportBlock[]
  notes: ExportNote[]
  bibliography: string[]
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

/** Splits a block's text at highlight edges and note calls. */
function inlinesOf(block: DocJSON, placement: Placement, noteNumber: (annotationId: string) => number): ExportInline[] {
  const text = blockText(block)
  const segments = placement.segments.get(block) ?? []
  const calls = placement.calls.get(block) ?? []
  const cuts = new Set([0, text.length, ...segments.flatMap((segment) => [segment.from, segment.to]), ...calls.map((call) => call.at)])
  const points = [...cuts].sort((a, b) => a - b)
  const inlines: ExportInline[] = []
  points.forEach((point, index) => {
    for (const call of calls.filter((candidate) => candidate.at === point)) inlines.push({ kind: 'call', note: noteNumber(call.annotationId) })
    const next = points[index + 1]
    if (next === undefined || next === point) return
    const notes = segments.filter((segment) => segment.from <= point && segment.to >= next).map((segment) => noteNumber(segment.annotationId))
    inlines.push({ kind: 'text', text: text.slice(point, next), notes })
  })
  return inlines
}

export interface BuildModelInput {
  project: ProjectFile
  options: ExportOptions
  now: Date
  /** Citation formatting in the project's style (src/shared/citations); the plain fallback if absent. */
  citations?: ExportCitations
}

/** Builds the publication from a project and the user's choices. */
export function buildExportModel({ project, options, now, citations: formatter }: BuildModelInput): ExportModel {
  const data = readExportData(project)
  const citations = formattingRepeatsOnce(formatter ?? plainCitations(data.sources))
  const document = project.document
  const annotations = selectAnnotations(data, options)
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]))
  const content = document?.content ?? { type: 'doc' }
  const placement = placeAnnotations(content, annotations)
  const numbers = new Map<string, number>()
  const noteNumber = (annotationId: string) => {
    if (!numbers.has(annotationId)) numbers.set(annotationId, numbers.size + 1)
    return numbers.get(annotationId)!
  }

  const blocks: ExportBlock[] = []
  const toc: TocEntry[] = []
  const partial = options.scope.kind !== 'all'

  const walk = (node: DocJSON, depth: number, insideChosen: boolean) => {
    for (const child of node.content ?? []) {
      if (structureLevels.has(child.type)) {
        const verdict = verdictFor(options, child, insideChosen)
        if (verdict === 'skip') continue
        const first = child.content?.[0]
        const heading = first?.type === 'heading' ? blockText(first) : ''
        const eId = String(child.attrs?.['eId'] ?? '')
        const label = String(child.attrs?.['label'] ?? '')
        blocks.push({ kind: 'heading', level: child.type as StructureLevel, eId, label, heading })
        toc.push({ eId, level: child.type as StructureLevel, text: [label, heading].filter(Boolean).join('. ') })
        const before = numbers.size
        walk({ ...child, content: first?.type === 'heading' ? child.content!.slice(1) : child.content }, 0, verdict === 'all')
        if (child.type === 'article' && options.placement === 'endnotes' && numbers.size > before) {
          blocks.push({ kind: 'endnotes', notes: Array.from({ length: numbers.size - before }, (_, index) => before + index + 1) })
        }
      } else if (child.type === 'clause' || child.type === 'subpoint') {
        if (partial && !insideChosen) continue
        const label = String(child.attrs?.['label'] ?? '')
        ;(child.content ?? []).forEach((inner, index) => {
          if (inner.type === 'paragraph') blocks.push({ kind: 'text', depth, label: index === 0 ? label : '', inlines: inlinesOf(inner, placement, noteNumber), isHeading: false })
          else walk({ type: 'group', content: [inner] }, depth + 1, insideChosen)
        })
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        if (partial && !insideChosen) continue
        blocks.push({ kind: 'text', depth, label: '', inlines: inlinesOf(child, placement, noteNumber), isHeading: child.type === 'heading' })
      }
    }
  }
  walk({ type: 'doc', content: (content.content ?? []).filter((node) => node.type !== 'title') }, 0, false)

  const cited = new Set<string>()
  const notes: ExportNote[] = [...numbers.entries()].map(([annotationId, number]) => {
    const annotation = byId.get(annotationId)!
    const known = annotation.citations.filter((citation) => data.sources.has(citation.sourceId))
    known.forEach((citation) => cited.add(citation.sourceId))
    const noteText = known.length > 0 ? citations.noteText(known) : ''
    return {
      number,
      annotationId,
      author: annotation.author.name,
      tags: annotation.tags.flatMap((id) => {
        const tag = data.tags.get(id)
        return tag ? [tagPath(tag, data.tags)] : []
      }),
      body: richBlocks(annotation.body.doc),
      citations: noteText ? [noteText] : [],
      replies: annotation.replies.map((reply) => ({ author: reply.author.name, body: richBlocks(reply.body.doc) }))
    }
  })
  const bibliography = cited.size > 0 ? citations.bibliographyText([...cited]) : []

  return {
    title: project.meta.title,
    authors: project.meta.authors,
    date: now.toISOString().slice(0, 10),
    documentName: document?.name ?? '',
    versionLabel: options.versionLabel,
    language: document?.language || 'en',
    placement: options.placement,
    showTags: options.showTags,
    page: options.page,
    toc,
    blocks,
    notes: notes.sort((a, b) => a.number - b.number),
    bibliography
  }
}
