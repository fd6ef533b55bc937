import { z } from 'zod'
import type { Annotation, Tag } from '../annotations/types'
import type { ProjectFile } from '../project/schema'
import type { CslItem } from '../sources/types'

/**
 * Reads the annotations, tags and sources of a project as the export needs them. The project schema keeps
 * these as loose items (each feature owns its own shape), so an item the export cannot use is skipped,
 * never trusted: a damaged note must not stop a publication.
 */

const text = z.string().max(1_000_000)
const author = z.object({ id: z.string(), name: text, color: z.string().max(64) })
const docJSON = z.object({ type: z.string() }).loose()

const annotationShape = z.object({
  id: z.string().min(1),
  author,
  created: z.string(),
  modified: z.string(),
  target: z.object({
    eId: z.string(),
    quote: z.object({ exact: text, prefix: text, suffix: text }).loose(),
    position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).loose()
  }),
  tags: z.array(z.string()),
  body: z.object({ doc: docJSON }),
  citations: z.array(
    z.object({
      sourceId: z.string(),
      locator: z.object({ label: z.string(), value: text }).optional(),
      quote: text.optional()
    })
  ),
  links: z.array(z.string()).default([]),
  replies: z.array(z.object({ id: z.string(), author, created: z.string(), modified: z.string(), body: z.object({ doc: docJSON }) })).default([]),
  // Kept as an orphan by the scholar (its words are not in this edition): printed at its article, not anchored.
  orphan: z.literal(true).optional()
})

const tagShape = z.object({ id: z.string().min(1), name: text, color: z.string().max(64), description: text.default(''), parentId: z.string().nullable().default(null) })

const sourceShape = z.object({ id: z.string().min(1), type: z.string().max(64) }).loose()

/** What the export reads from a project, each list holding only well-formed items. */
export interface ExportData {
  annotations: Annotation[]
  tags: Map<string, Tag>
  sources: Map<string, CslItem>
}

function keepValid<T>(items: unknown[], schema: z.ZodType<T>): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

/** The project's annotations, tags and sources that have the shape the shared contract describes. */
export function readExportData(project: ProjectFile): ExportData {
  return {
    // The shape above checks every field the export reads; the rest of the contract is carried as it came.
    annotations: keepValid(project.annotations, annotationShape) as unknown as Annotation[],
    tags: new Map(keepValid(project.tags, tagShape).map((tag) => [tag.id, tag])),
    sources: new Map((keepValid(project.sources, sourceShape) as CslItem[]).map((item) => [item.id, item]))
  }
}

/** A tag's full name through its parents, e.g. "Values › Secularism"; cycles are cut. */
export function tagPath(tag: Tag, tags: Map<string, Tag>): string {
  const names = [tag.name]
  const seen = new Set([tag.id])
  let parent = tag.parentId ? tags.get(tag.parentId) : undefined
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name)
    seen.add(parent.id)
    parent = parent.parentId ? tags.get(parent.parentId) : undefined
  }
  return names.join(' › ')
}
