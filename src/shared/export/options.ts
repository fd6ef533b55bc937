import { z } from 'zod'
import { citationStyleIds } from '../citations/styles'
import type { CitationStyleId } from '../sources/types'

/**
 * What the user chose in the export dialog. Validated in main (it crosses IPC) and by the headless command.
 * `null` filters mean "all": every tag, every author.
 */

const id = z.string().min(1).max(200)

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  /** Whole parts (or `preamble`), by eId. */
  z.object({ kind: z.literal('parts'), eIds: z.array(id).min(1).max(1000) }).strict(),
  /** Single articles, by eId; their part and chapter headings come along so running heads stay right. */
  z.object({ kind: z.literal('articles'), eIds: z.array(id).min(1).max(10000) }).strict()
])

/** Where commentary goes: at the foot of the page of its anchor, after each article, or beside the text. */
export const notePlacements = ['footnotes', 'endnotes', 'margin'] as const
export type NotePlacement = (typeof notePlacements)[number]

/** What a highlight whose note has no commentary, citation or reply prints: a mark in the margin, or nothing. */
export const bareHighlightChoices = ['marker', 'none'] as const
export type BareHighlight = (typeof bareHighlightChoices)[number]

/** The languages a publication's labels and quotation marks can be in. */
export const publicationLanguages = ['kk', 'ru', 'en'] as const
export type PublicationLanguage = (typeof publicationLanguages)[number]

/**
 * The publication's form: the legal text with its notes as footnotes, endnotes or margin notes; or a
 * commentary, each article followed by its notes as numbered margin paragraphs (Kommentar style).
 */
export const exportForms = ['annotated', 'commentary'] as const
export type ExportForm = (typeof exportForms)[number]

export const pageSizes = ['A4', 'Letter'] as const
export type PageSize = (typeof pageSizes)[number]

export const exportOptionsSchema = z
  .object({
    scope: exportScopeSchema,
    tagIds: z.array(id).max(10000).nullable(),
    authorIds: z.array(id).max(1000).nullable(),
    placement: z.enum(notePlacements),
    form: z.enum(exportForms).default('annotated'),
    showTags: z.boolean(),
    /** Print each note's author (the real name from the author's profile). */
    showAuthors: z.boolean().default(false),
    bareHighlights: z.enum(bareHighlightChoices).default('marker'),
    /** The labels' language; null: the document's own. */
    language: z.enum(publicationLanguages).nullable().default(null),
    /** The citation style; null: the project's own. */
    citationStyle: z.enum(citationStyleIds as [CitationStyleId, ...CitationStyleId[]]).nullable().default(null),
    /** Free text for the title page, e.g. "Draft of 12 February 2026". */
    versionLabel: z.string().max(200),
    page: z
      .object({
        size: z.enum(pageSizes),
        marginMm: z.number().min(10).max(40),
        fontSizePt: z.number().min(8).max(16)
      })
      .strict()
  })
  .strict()

export type ExportScope = z.infer<typeof exportScopeSchema>
export type ExportOptions = z.infer<typeof exportOptionsSchema>

/** The dialog's starting point: everything, footnotes, A4 with 25 mm margins and 11 pt type. */
export const defaultExportOptions: ExportOptions = {
  scope: { kind: 'all' },
  tagIds: null,
  authorIds: null,
  placement: 'footnotes',
  form: 'annotated',
  showTags: true,
  showAuthors: false,
  bareHighlights: 'marker',
  language: null,
  citationStyle: null,
  versionLabel: '',
  page: { size: 'A4', marginMm: 25, fontSizePt: 11 }
}
