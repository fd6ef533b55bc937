import { randomBytes } from 'node:crypto'
import type { ExportModel } from '../../shared/export/model'
import type { ExportStage } from '../../shared/ipc'
import type { ExportOptions } from '../../shared/export/options'
import type { Identity } from '../../shared/identity/identity'
import { buildPrintView } from '../../shared/export/print/print-view'
import type { ProjectFile } from '../../shared/project/schema'
import { setPdfInfo } from './pdf-info'
import { loadPrintAssets } from './print-assets'
import { publicationModel } from './publication'
import type { PdfPrinter } from './printer'

export interface ExportRun {
  project: ProjectFile
  options: ExportOptions
  now: Date
  signal: AbortSignal
  onStage?: (stage: ExportStage) => void
  /** Who is exporting (their notes carry the profile's name). */
  identity?: Pick<Identity, 'id' | 'name'>
}

/** The print view's HTML for a project: what the app, the headless command and the tests all print. */
export function printViewFor(model: ExportModel): string {
  return buildPrintView(model, loadPrintAssets(), randomBytes(18).toString('base64url'))
}

/** Exports a project to PDF bytes: builds the print view, prints it, then writes title and author into the PDF. */
export async function exportPdf(run: ExportRun, printer: PdfPrinter): Promise<Uint8Array> {
  run.onStage?.('preparing')
  const model = await publicationModel(run.project, run.options, run.now, run.identity)
  const html = printViewFor(model)
  run.signal.throwIfAborted()
  run.onStage?.('layout')
  const pdf = await printer(html, run.signal)
  run.signal.throwIfAborted()
  return setPdfInfo(pdf, { title: model.title, author: model.authors.join(', '), subject: model.documentName, creator: 'Glossa' })
}
