import type { FormatReaders } from '../../shared/import/import-file'
import { docxToHtml } from './docx'
import { pdfPages } from './pdf'

/** The Node-side readers for binary formats, used by main's import handler and the import-report script. */
export const nodeFormatReaders: FormatReaders = { docxToHtml, pdfPages }
