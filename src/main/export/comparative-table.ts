import { randomBytes } from 'node:crypto'
import { alignEditions } from '../../shared/editions/align'
import { buildComparativeTable, buildComparativeTableView, type ComparativeTable, type PairFilter } from '../../shared/export/comparative-table'
import { defaultExportOptions, type ExportOptions } from '../../shared/export/options'
import type { DocJSON } from '../../shared/document/types'
import type { Identity } from '../../shared/identity/identity'
import { localeFor, type Locale } from '../../shared/i18n/locale'
import type { ProjectFile } from '../../shared/project/schema'
import { setPdfInfo } from './pdf-info'
import { loadPrintAssets } from './print-assets'
import type { PdfPrinter } from './printer'
import { publicationModel } from './publication'

/**
 * The comparative table of two editions, as the app and the command line export it: the alignment, the
 * notes of the old edition's project formatted by the publication model (citeproc, commentary form), then
 * PDF through the print path or Word (comparative-table-docx.ts).
 */

export interface TableEdition {
  doc: DocJSON
  /** How the table names the edition: its file name or the document's own name. */
  name: string
  /** The text's language tag (en, ru, kk). */
  language: string
}

export interface TableRequest {
  old: TableEdition
  revised: TableEdition
  /** The project the old edition belongs to: its notes fill the commentary column (none for a plain file). */
  project: ProjectFile | null
  /** The language of headings and labels; null: the old edition's own. */
  labels: Locale | null
  filters?: ReadonlySet<PairFilter>
  page?: ExportOptions['page']
  now: Date
  identity?: Pick<Identity, 'id' | 'name'>
}

export async function comparativeTableOf(request: TableRequest): Promise<ComparativeTable> {
  const labels = request.labels ?? localeFor(request.old.language)
  // The same law in two languages cannot be compared word by word: its articles pair by number.
  const by = localeFor(request.old.language) === localeFor(request.revised.language) ? 'content' : 'structure'
  const alignment = alignEditions(request.old.doc, request.revised.doc, { language: request.revised.language, by })
  const page = request.page ?? defaultExportOptions.page
  const options: ExportOptions = { ...defaultExportOptions, form: 'commentary', placement: 'endnotes', language: labels, page }
  const notesModel = request.project?.document ? await publicationModel(request.project, options, request.now, request.identity) : null
  return buildComparativeTable({ alignment, oldName: request.old.name, newName: request.revised.name, labels, language: request.revised.language, notesModel, page, filters: request.filters, renamedHeadings: by === 'content' })
}

/** The table as PDF bytes, printed by `printer` (Electron's or the system Chromium). */
export async function comparativeTablePdf(table: ComparativeTable, printer: PdfPrinter, signal: AbortSignal): Promise<Uint8Array> {
  const html = buildComparativeTableView(table, loadPrintAssets().fontFaces, randomBytes(18).toString('base64url'))
  const pdf = await printer(html, signal)
  signal.throwIfAborted()
  return setPdfInfo(pdf, { title: table.title, author: '', subject: `${table.oldName} — ${table.newName}`, creator: 'Glossa' })
}
