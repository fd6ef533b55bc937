import { fail, type Result } from '../errors'
import { importAkomaNtoso } from '../akn/import'
import { decodeText } from './decode'
import { htmlToText } from './html'
import { detectLanguage } from './language'
import { markdownToText } from './markdown'
import { patternsFor } from './patterns'
import { pdfPagesToText, withoutSmallTypeApparatus, type PdfPage } from './pdf-layout'
import { importPlainText, type ImportOutcome } from './plain-text'
import type { ImportFormat } from './report'

/**
 * Imports a file's bytes: checks size and kind, reads the format, and hands the text to the structure
 * recogniser. Pure: the caller reads the file and supplies the readers that need a Node library (DOCX,
 * PDF). A refusal says why in the user's terms; nothing is created unless everything succeeded.
 */

export const importSizeLimit = 50 * 1024 * 1024

/** Readers for binary formats, supplied by the process that can run their libraries (main, the CLI). */
export interface FormatReaders {
  /** A DOCX as HTML (mammoth keeps headings, paragraphs and numbered lists). */
  docxToHtml(bytes: Uint8Array): Promise<string>
  /** A PDF's text layer as lines with their positions, page by page. */
  pdfPages(bytes: Uint8Array): Promise<PdfPage[]>
}

/** An imported document and its report. */
export type ImportedDocument = Extract<ImportOutcome, { ok: true }>

const formatsByExtension: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  xml: 'akn',
  akn: 'akn'
}

/** The file extensions the importer reads, for file dialogs. */
export const importExtensions = Object.keys(formatsByExtension)

/** The lower-case extension of a file name, without the dot ('' if none). */
export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName)
  return match ? match[1]!.toLowerCase() : ''
}

/** A byte count the way people read it: "12.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

/** Imports a file of any supported format. */
export async function importFile(bytes: Uint8Array, fileName: string, readers: FormatReaders): Promise<Result<ImportedDocument>> {
  if (bytes.byteLength > importSizeLimit) {
    return fail('errorImportTooLarge', { size: formatBytes(bytes.byteLength), limit: formatBytes(importSizeLimit) })
  }
  if (bytes.byteLength === 0) return fail('errorImportEmpty')
  const extension = extensionOf(fileName)
  const format = formatsByExtension[extension]
  if (!format) return fail('errorImportUnsupported', { extension: extension ? `.${extension}` : fileName })
  const outcome = await readFormat(bytes, format, readers)
  return outcome.ok ? { ok: true, value: outcome } : outcome
}

async function readFormat(bytes: Uint8Array, format: ImportFormat, readers: FormatReaders): Promise<ImportOutcome> {
  if (format === 'docx') {
    if (!startsWith(bytes, zipMagic)) return refuse('errorImportNotDocx')
    const html = await readers.docxToHtml(bytes).catch(() => undefined)
    return html === undefined ? refuse('errorImportNotDocx') : importPlainText(htmlToText(html), { format })
  }
  if (format === 'pdf') {
    if (!startsWith(bytes, pdfMagic)) return refuse('errorImportNotPdf')
    const pages = await readers.pdfPages(bytes).catch(() => undefined)
    if (!pages) return refuse('errorImportNotPdf')
    if (!pages.some((page) => page.lines.some((line) => line.text.trim()))) return refuse('errorImportNoTextLayer', { pages: pages.length })
    // The language of the text, not of the notes: a Russian law may carry English commentary.
    const sample = withoutSmallTypeApparatus(pages)
      .flatMap((page) => page.lines.map((line) => line.text))
      .join('\n')
    const language = detectLanguage(sample)
    return importPlainText(pdfPagesToText(pages, patternsFor(language)), { format, language })
  }
  const decoded = decodeText(bytes)
  if (!decoded) return refuse('errorImportBinary')
  if (format === 'html') return importPlainText(htmlToText(decoded.text), { format })
  if (format === 'markdown') return importPlainText(markdownToText(decoded.text), { format })
  if (format === 'akn') return importAkomaNtoso(decoded.text)
  return importPlainText(decoded.text, { format })
}

function refuse(code: 'errorImportNotDocx' | 'errorImportNotPdf' | 'errorImportNoTextLayer' | 'errorImportBinary', params: Record<string, number> = {}): ImportOutcome {
  return { ok: false, error: { code, params } }
}
