import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { translate } from '../shared/i18n/translate'
import { formatBytes, importFile, importSizeLimit, type ImportedDocument } from '../shared/import/import-file'
import { nodeFormatReaders } from '../main/import/readers'
import { CliFailure } from './command'

/**
 * Why a legal text named on the command line was refused. `namesFile` tells whether the message already
 * names the file, so that a caller printing a bare line can prefix the name only where it is missing.
 */
export interface ImportRefusal {
  message: string
  namesFile: boolean
}

export type ImportArgumentResult = { ok: true; value: ImportedDocument } | { ok: false; refusal: ImportRefusal }

/** Reads and imports a legal text (txt, md, html, docx, pdf, AKN), refusing a missing or oversized file before reading it. */
export async function readImportArgument(path: string): Promise<ImportArgumentResult> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    return { ok: false, refusal: { message: translate('errorFileNotFound', { fileName: path }), namesFile: true } }
  }
  if (size > importSizeLimit) {
    return { ok: false, refusal: { message: translate('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) }), namesFile: false } }
  }
  const result = await importFile(new Uint8Array(await readFile(path)), basename(path), nodeFormatReaders)
  if (!result.ok) return { ok: false, refusal: { message: translate(result.error.code, result.error.params), namesFile: false } }
  return { ok: true, value: result.value }
}

/** The refusal as one line that always names the file. */
export function refusalLine(path: string, refusal: ImportRefusal): string {
  return refusal.namesFile ? refusal.message : `${path}: ${refusal.message}`
}

/** Imports a legal text named on the command line; a refusal says why, in plain words, and exits 1. */
export async function importArgument(path: string): Promise<ImportedDocument> {
  const result = await readImportArgument(path)
  if (!result.ok) throw new CliFailure(refusalLine(path, result.refusal))
  return result.value
}
