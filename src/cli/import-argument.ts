import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { translate } from '../shared/i18n/translate'
import { formatBytes, importFile, importSizeLimit, type ImportedDocument } from '../shared/import/import-file'
import { nodeFormatReaders } from '../main/import/readers'
import { CliFailure } from './command'

/** Imports a legal text named on the command line (txt, md, html, docx, pdf, AKN); a refusal says why, in plain words. */
export async function importArgument(path: string): Promise<ImportedDocument> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new CliFailure(translate('errorFileNotFound', { fileName: path }))
  }
  if (size > importSizeLimit) throw new CliFailure(`${path}: ${translate('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) })}`)
  const result = await importFile(new Uint8Array(await readFile(path)), basename(path), nodeFormatReaders)
  if (!result.ok) throw new CliFailure(`${path}: ${translate(result.error.code, result.error.params)}`)
  return result.value
}
