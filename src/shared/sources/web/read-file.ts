import { fail, ok, type Result } from '../../errors'
import { decodeText } from '../../import/decode'
import { extensionOf, formatBytes, importSizeLimit, type FormatReaders } from '../../import/import-file'
import { readPage } from './read-page'
import { readText } from './read-text'
import type { SourceReading } from './types'

/**
 * Reads a file the user adds as a source: a saved web page (the HTML; the folder of images saved beside it
 * is not needed), a PDF's text layer, a DOCX, or plain text. The bytes are read by the importers' readers
 * (`FormatReaders`, supplied by main or the CLI); everything else is pure.
 */

const pageNumber = /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|\d+-бет|(?:page|стр\.?|бет)\s*\d+)$/iu

export type SourceFileKind = 'html' | 'pdf' | 'docx' | 'text'

const kindsByExtension: Record<string, SourceFileKind> = {
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html', pdf: 'pdf', docx: 'docx', txt: 'text', text: 'text', md: 'text'
}

/** The file extensions "Add source from file…" reads, for its dialog. */
export const archivableExtensions = Object.keys(kindsByExtension)

export interface SourceFileReading extends SourceReading {
  kind: SourceFileKind
}

export async function readSourceFile(bytes: Uint8Array, fileName: string, readers: FormatReaders, savedOn: Date): Promise<Result<SourceFileReading>> {
  if (bytes.byteLength > importSizeLimit) return fail('errorImportTooLarge', { size: formatBytes(bytes.byteLength), limit: formatBytes(importSizeLimit) })
  if (bytes.byteLength === 0) return fail('errorImportEmpty')
  const extension = extensionOf(fileName)
  const kind = kindsByExtension[extension]
  if (!kind) return fail('errorImportUnsupported', { extension: extension ? `.${extension}` : fileName })
  const reading = await readKind(bytes, kind, readers, savedOn)
  if (!reading.ok) return reading
  if (reading.value.paragraphs.length === 0) return fail('errorImportEmpty')
  return ok({ ...reading.value, kind })
}

async function readKind(bytes: Uint8Array, kind: SourceFileKind, readers: FormatReaders, savedOn: Date): Promise<Result<SourceReading>> {
  if (kind === 'docx') {
    const html = await readers.docxToHtml(bytes).catch(() => undefined)
    return html === undefined ? fail('errorImportNotDocx') : ok(readPage(html, savedOn))
  }
  if (kind === 'pdf') {
    const pages = await readers.pdfPages(bytes).catch(() => undefined)
    if (!pages) return fail('errorImportNotPdf')
    if (!pages.some((page) => page.lines.some((line) => line.text.trim()))) return fail('errorImportNoTextLayer', { pages: pages.length })
    // A news item's short lines (its date, its byline) stand alone; readText joins the lines the width broke.
    const lines = pages.flatMap((page) => page.lines.map((line) => line.text)).filter((line) => !pageNumber.test(line.trim()))
    return ok(readText(lines.join('\n'), savedOn))
  }
  const decoded = decodeText(bytes)
  if (!decoded) return fail('errorImportBinary')
  return ok(kind === 'html' ? readPage(decoded.text, savedOn) : readText(decoded.text, savedOn))
}
