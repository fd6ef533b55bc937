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
 *
 * Version 3 (issue 12) holds one work, the law, in several editions (drafts, languages), added to version 2
 * without changing what was there, so every feature that reads `document` keeps working:
 * - `document` is the edition being read, and names it in `edition` (id, label such as "First draft", date);
 * - `editions` holds the other editions, each a whole document with its `edition` (language and source file
 *   are the document's own fields);
 * - an annotation's `target` stays its place in the edition being read; `anchors` (optional, keyed by edition
 *   id) keeps its place in the other editions with how it got there (exact, moved, changed, orphaned), and the
 *   flags `orphan` (its words are not in the edition being read: `target` is where they were) and `review`
 *   (carried there changed or orphaned from edition `review.from`, not yet reviewed) tell the review queue
 *   what to list.
 * See src/shared/annotations/schema.ts for the annotation fields and src/shared/merge for how they merge.
 */

export const projectFormat = 'glossa-project'
export const currentSchemaVersion = 3
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

/** Which edition of the work a document is: a stable id, the label users know it by, and its date (YYYY-MM-DD). */
export const editionInfoSchema = z.object({
  id: z.string().min(1).max(200),
  label: z.string().max(200),
  date: z.iso.date().optional()
})

export const legalDocumentSchema = z.object({
  /** The document's own name, e.g. "Draft Constitution of the Republic of Kazakhstan". */
  name: z.string().max(1000),
  /** BCP 47 language tag of the text: en, ru, kk. */
  language: z.string().max(35),
  /** Where the text came from: the imported file's name and format. */
  source: z.object({ fileName: z.string().max(1000), format: z.string().max(32) }).optional(),
  content: docJSON,
  /** Which edition this is; absent only in documents written before version 3 (migration names them). */
  edition: editionInfoSchema.optional()
})

/** An edition kept beside the one being read: a whole document, always named. */
export const editionSchema = legalDocumentSchema.extend({ edition: editionInfoSchema })

/** Editions a project may hold besides the one being read (drafts times languages). */
export const maxEditions = 100

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
  /** The work's other editions (see above), in the order they were added. */
  editions: z.array(editionSchema).max(maxEditions),
  annotations: z.array(annotationSchema).max(1_000_000),
  tags: tagsSchema,
  sources: sourcesSchema,
  sync: syncStateSchema
})

export type ProjectFile = z.infer<typeof projectFileSchema>
export type LegalDocument = z.infer<typeof legalDocumentSchema>
export type SyncState = z.infer<typeof syncStateSchema>
export type EditionInfo = z.infer<typeof editionInfoSchema>
export type Edition = z.infer<typeof editionSchema>
