import { z } from 'zod'
import { annotationSchema } from '../annotations/schema'
import type { Annotation, Tag } from '../annotations/types'
import { tagSchema } from '../tags/schema'
import type { ProjectFile } from '../project/schema'
import type { CslItem } from '../sources/types'

/**
 * Reads the annotations, tags and sources of a project as the export needs them, each through the one schema
 * of its kind (the annotation schema the editor, exchange, merge and carrying use too); an item that does not
 * pass is skipped, never trusted: a damaged note must not stop a publication.
 */

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
    annotations: keepValid(project.annotations, annotationSchema),
    tags: new Map(keepValid(project.tags, tagSchema).map((tag) => [tag.id, tag as Tag])),
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
