import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { formatBytes, importSizeLimit } from '../../shared/import/import-file'
import { readSourceFile, type SourceFileReading } from '../../shared/sources/web/read-file'
import { readFailure } from '../file-errors'
import { nodeFormatReaders } from '../import/readers'

/**
 * Reads a file the user adds as a source (a saved page, PDF, DOCX or text) with the importers' readers,
 * refusing a missing or oversized one before reading it. Used by main's handler and the CLI; the reading
 * names the file by its name only.
 */

export interface ReadSourceFile {
  fileName: string
  reading: SourceFileReading
}

export async function readSourceFromPath(path: string, now: Date): Promise<Result<ReadSourceFile>> {
  const fileName = basename(path)
  try {
    const { size } = await stat(path)
    if (size > importSizeLimit) return fail('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) })
    const reading = await readSourceFile(new Uint8Array(await readFile(path)), fileName, nodeFormatReaders, now)
    return reading.ok ? ok({ fileName, reading: reading.value }) : reading
  } catch (error) {
    return readFailure(error, path)
  }
}
