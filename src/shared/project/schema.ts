import { z } from 'zod'
import { annotationSchema } from '../annotations/schema'
import { citationStyleIds } from '../citations/styles'
import type { DocJSON } from '../document/types'
import { sourcesSchema } from '../sources/schema'
import type { CitationStyleId } from '../sources/types'
import { tagsSchema } from '../tags/schema'

/**
 * The project file (`.glossa`): one JSON document holding the legal text and everything said about it.
 * `schemaVersion` grows when the shape changes; older files are migrated on open, newer ones refused.
 */

export const projectFormat = 'glossa-project'
export const currentSchemaVersion = 2
export const projectExtension = 'glossa'

const isoDate = z.iso.datetime({ offset: true })

const docJSON: z.ZodType<DocJSON> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docJSON).optional(),
    text: z.string().optional()
  })
)

export const legalDocumentSchema = z.object({
  /** The document's own name, e.g. "Draft Constitution of the Republic of Kazakhstan". */
  name: z.string().max(1000),
  /** BCP 47 language tag of the text: en, ru, kk. */
  language: z.string().max(35),
  /** Where the text came from: the imported file's name and format. */
  source: z.object({ fileName: z.string().max(1000), format: z.string().max(32) }).optional(),
  content: docJSON
})

/** Items that later features fill in (annotations, tags, sources); each has a stable id. */
const item = z.looseObject({ id: z.string().min(1).max(200) })

/** A hybrid logical clock reading (see src/shared/merge/hlc.ts): sortable as text. */
const clock = z.string().max(300).regex(/^\d{15}\.\d{6}\./)
const syncKey = z.string().max(1000)

/**
 * What the team merge needs (schema version 2, see src/shared/merge): when each field of each item was last
 * written, deletions as tombstones, items not shown (deleted, or replies of a deleted annotation), and the
 * latest clock seen from each author. Main keeps it up to date on every save; the renderer passes it through.
 */
export const syncStateSchema = z.object({
  clocks: z.record(syncKey, z.object({ c: clock, f: z.record(z.string().max(200), clock).optional() })),
  tombstones: z.record(syncKey, clock),
  hidden: z.record(
    syncKey,
    z.object({ kind: z.enum(['annotation', 'reply', 'tag', 'source']), parent: z.string().max(200).optional(), item })
  ),
  seen: z.record(z.string().max(200), clock)
})

export const projectFileSchema = z.object({
  format: z.literal(projectFormat),
  schemaVersion: z.literal(currentSchemaVersion),
  meta: z.object({
    id: z.string().min(1).max(200),
    title: z.string().max(1000),
    authors: z.array(z.string().max(1000)).max(1000),
    created: isoDate,
    modified: isoDate,
    /** The citation style the user picked for this project; absent means OSCOLA (see citations/styles.ts). */
    citationStyle: z.enum(citationStyleIds as [CitationStyleId, ...CitationStyleId[]]).optional()
  }),
  document: legalDocumentSchema.nullable(),
  annotations: z.array(annotationSchema).max(1_000_000),
  tags: tagsSchema,
  sources: sourcesSchema,
  sync: syncStateSchema
})

export type ProjectFile = z.infer<typeof projectFileSchema>
export type LegalDocument = z.infer<typeof legalDocumentSchema>
export type SyncState = z.infer<typeof syncStateSchema>
