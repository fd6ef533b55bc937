import { z } from 'zod'
import { annotationSchema } from '../annotations/schema'
import { legalDocumentSchema, projectFileSchema } from '../project/schema'
import { sourceSchema } from '../sources/schema'
import { tagSchema } from '../tags/schema'

/**
 * What the hot-exit journal keeps of unsaved work: the store's operations (an item put or removed by id, the
 * meta replaced) plus the legal text when it was edited. Every change names its item's whole new value, so
 * replaying a journal is idempotent and order is all that matters. The sync state is never journaled: main
 * keeps it (see shared/merge/stamp.ts).
 */

const itemId = z.string().min(1).max(200)

/** A put's value must be the item it names. */
const namesItsItem = (change: { id: string; value: { id: string } | null }) => change.value === null || change.value.id === change.id
const itemMismatch = { message: 'value id differs from change id' }

export const journalChangeSchema = z.union([
  z.object({ in: z.literal('annotations'), id: itemId, value: annotationSchema.nullable() }).strict().refine(namesItsItem, itemMismatch),
  z.object({ in: z.literal('tags'), id: itemId, value: tagSchema.nullable() }).strict().refine(namesItsItem, itemMismatch),
  z.object({ in: z.literal('sources'), id: itemId, value: sourceSchema.nullable() }).strict().refine(namesItsItem, itemMismatch),
  z.object({ in: z.literal('meta'), value: projectFileSchema.shape.meta }).strict(),
  z.object({ in: z.literal('document'), value: legalDocumentSchema.nullable() }).strict(),
  // The work's other editions, replaced whole with the document when a revised version is imported (issue 12).
  z.object({ in: z.literal('editions'), value: projectFileSchema.shape.editions }).strict()
])

export type JournalChange = z.infer<typeof journalChangeSchema>

/** Changes in one journal line (an operation of 100,000 notes, e.g. an accepted merge, is one line). */
export const maxChangesPerRecord = 2_000_000

/** Which item a change is about: what the restore offer counts. */
export function journalChangeKey(change: JournalChange): string {
  return change.in === 'meta' || change.in === 'document' || change.in === 'editions' ? change.in : `${change.in}:${change.id}`
}

/** How many items (notes, tags, sources, the title and meta, the text) the changes touch. */
export function countChangedItems(changes: Iterable<JournalChange>): number {
  const keys = new Set<string>()
  for (const change of changes) keys.add(journalChangeKey(change))
  return keys.size
}
