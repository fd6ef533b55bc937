import { z } from 'zod'
import type { CslItem, CslType } from './types'

/**
 * The zod schema of a source: a CSL-JSON item. The fields Glossa edits are checked by shape; any other
 * CSL-JSON field (from Zotero, BibTeX, RIS) is kept when it is text, a number, a name list or a date, the
 * only shapes CSL-JSON uses, so citeproc never meets anything else.
 */

/** The source types Glossa's form offers, legal texts first. */
export const editableSourceTypes: readonly CslType[] = [
  'legislation',
  'legal_case',
  'treaty',
  'book',
  'chapter',
  'article-journal',
  'article-newspaper',
  'webpage',
  'report',
  'document'
]

const text = z.string().max(100_000)

export const cslNameSchema = z
  .looseObject({
    family: z.string().max(1000).optional(),
    given: z.string().max(1000).optional(),
    literal: z.string().max(1000).optional()
  })
  .refine((name) => Boolean(name.family || name.given || name.literal), 'a name needs a family name, a given name or a literal')

const datePart = z.number().int().min(-99_999).max(99_999)

export const cslDateSchema = z.looseObject({
  'date-parts': z
    .array(z.tuple([datePart, datePart.optional(), datePart.optional()]))
    .min(1)
    .max(2)
    .optional(),
  raw: z.string().max(200).optional(),
  literal: z.string().max(200).optional()
}).refine((date) => Boolean(date['date-parts'] || date.raw || date.literal), 'a date needs date-parts, raw or literal')

const names = z.array(cslNameSchema).max(1000)

/** An archived text: large (a long report), but bounded like the import size limit. */
export const snapshotSchema = z.object({
  text: z.string().max(20_000_000),
  language: z.string().max(100),
  takenAt: z.iso.datetime({ offset: true }),
  fileName: z.string().min(1).max(1000).refine((name) => !/[\\/]/.test(name), 'a file name, not a path')
})

/** What an extra (not named) field may hold. */
const extraField = z.union([text, z.number(), z.boolean(), names, cslDateSchema])

export const sourceSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.string().regex(/^[a-z_-]{1,64}$/),
    title: text.optional(),
    author: names.optional(),
    editor: names.optional(),
    publisher: text.optional(),
    'publisher-place': text.optional(),
    'container-title': text.optional(),
    issued: cslDateSchema.optional(),
    accessed: cslDateSchema.optional(),
    URL: z.string().max(8192).optional(),
    language: z.string().max(100).optional(),
    snapshot: snapshotSchema.optional()
  })
  .catchall(extraField) satisfies z.ZodType<CslItem>

/** The whole library: ids are unique, because citations name sources by id. Typed as the shared contract. */
export const sourcesSchema: z.ZodType<CslItem[]> = z
  .array(sourceSchema)
  .max(100_000)
  .superRefine((sources, context) => {
    const ids = new Set<string>()
    sources.forEach((source, index) => {
      if (ids.has(source.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate source id ${source.id}` })
      ids.add(source.id)
    })
  })

/** Whether a value may stay as an extra field of a source (see `sourceSchema`). */
export function isKeepableField(value: unknown): boolean {
  return extraField.safeParse(value).success
}
