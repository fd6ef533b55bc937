import { z } from 'zod'
import type { DocJSON } from '../document/types'
import { commentarySchema, isSafeHref } from './commentary-schema'
import type { Annotation } from './types'

/**
 * The zod schema of an annotation in a project file. It accepts exactly the `Annotation` contract: colours
 * must be hex colours (no CSS can ride in), commentary must be a valid document of the commentary schema
 * with safe links only, and every string has a length limit.
 */

const id = z.string().min(1).max(200)
const isoDate = z.iso.datetime({ offset: true })
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/)

const authorSchema = z.object({ id, name: z.string().max(200), color: hexColor })

const commentaryNodeJSON: z.ZodType<DocJSON> = z.lazy(() =>
  z.object({
    type: z.string().max(32),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(commentaryNodeJSON).max(10_000).optional(),
    text: z.string().max(100_000).optional(),
    marks: z
      .array(z.object({ type: z.string().max(32), attrs: z.record(z.string(), z.unknown()).optional() }))
      .max(8)
      .optional()
  })
)

/** Commentary JSON must build a valid commentary document; links are checked by the schema's validator. */
const commentaryBodySchema = z.object({
  doc: commentaryNodeJSON.refine((doc) => {
    try {
      commentarySchema.nodeFromJSON(doc).check()
      return true
    } catch {
      return false
    }
  }, 'not valid commentary')
})

const locatorLabel = z.enum(['page', 'paragraph', 'section', 'chapter', 'article', 'clause', 'line', 'note'])

const citationSchema = z.object({
  sourceId: id,
  locator: z.object({ label: locatorLabel, value: z.string().max(200) }).optional(),
  quote: z.string().max(10_000).optional(),
  quoteContext: z.object({ prefix: z.string().max(200), suffix: z.string().max(200) }).optional()
})

const targetSchema = z.object({
  eId: z.string().min(1).max(200),
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(200),
    suffix: z.string().max(200)
  }),
  position: z
    .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((position) => position.end > position.start, 'end must come after start')
})

const editionAnchorSchema = z.object({ target: targetSchema, status: z.enum(['exact', 'moved', 'changed', 'orphaned']) })

const replySchema = z.object({ id, author: authorSchema, created: isoDate, modified: isoDate, body: commentaryBodySchema })

/** An annotation as stored in a project file. */
export const annotationSchema: z.ZodType<Annotation> = z.object({
  id,
  author: authorSchema,
  created: isoDate,
  modified: isoDate,
  target: targetSchema,
  tags: z.array(id).max(200),
  body: commentaryBodySchema,
  citations: z.array(citationSchema).max(500),
  links: z.array(z.string().min(1).max(200)).max(500),
  replies: z.array(replySchema).max(1000),
  anchors: z.record(id, editionAnchorSchema).optional(),
  orphan: z.literal(true).optional(),
  review: z.object({ from: id }).optional()
})

/** Whether a link in commentary is allowed; re-exported so callers validate before they build a link mark. */
export { isSafeHref }
