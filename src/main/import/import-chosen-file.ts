import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { formatBytes, importFile, importSizeLimit } from '../../shared/import/import-file'
import type { ImportedText } from '../../shared/ipc'
import { readFailure } from '../file-errors'
import { nodeFormatReaders } from './readers'

/** Imports a legal text the user chose in a dialog: too large, unreadable or not a law is an answer, never a throw. */
export async function importChosenFile(path: string): Promise<Result<ImportedText>> {
  try {
    const { size } = await stat(path)
    if (size > importSizeLimit) return fail('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) })
    const imported = await importFile(new Uint8Array(await readFile(path)), basename(path), nodeFormatReaders)
    return imported.ok ? ok({ fileName: basename(path), doc: imported.value.doc, report: imported.value.report }) : imported
  } catch (error) {
    return readFailure(error, path)
  }
}
