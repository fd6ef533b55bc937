import { fail, type Result } from '../errors'
import { importPlainText, type ImportOutcome } from './plain-text'

/**
 * Imports a file's bytes: checks size and kind, decodes, and hands the text to the importer for its format.
 * Pure: the caller reads the file. A refusal says why in the user's terms.
 */

export const importSizeLimit = 50 * 1024 * 1024

const textExtensions = new Set(['txt', 'text', 'md'])

export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName)
  return match ? match[1]!.toLowerCase() : ''
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A NUL byte in the first 8 KB is the classic sign of a binary file (git uses the same test). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0)
}

export function importFile(bytes: Uint8Array, fileName: string): Result<Extract<ImportOutcome, { ok: true }>> {
  if (bytes.byteLength > importSizeLimit) {
    return fail('errorImportTooLarge', { size: formatBytes(bytes.byteLength), limit: formatBytes(importSizeLimit) })
  }
  const extension = extensionOf(fileName)
  if (!textExtensions.has(extension)) return fail('errorImportUnsupported', { extension: extension ? `.${extension}` : fileName })
  if (looksBinary(bytes)) return fail('errorImportBinary')
  const text = new TextDecoder('utf-8').decode(bytes)
  const outcome = importPlainText(text, { format: extension === 'md' ? 'markdown' : 'text' })
  return outcome.ok ? { ok: true, value: outcome } : outcome
}
