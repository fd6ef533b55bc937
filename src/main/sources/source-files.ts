import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { formatBytes, importSizeLimit } from '../../shared/import/import-file'
import { suggestSourceId } from '../../shared/sources/library'
import { readSourceFile, type SourceFileReading } from '../../shared/sources/web/read-file'
import { sourceFromReading } from '../../shared/sources/web/source-item'
import type { SourceFromFile } from '../../shared/sources/web/types'
import type { Host } from '../host'
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

/**
 * The `sources:readFile` handler: the file the user picked, read as a source with its text archived and an
 * id suggested (the renderer makes it unique when the user confirms), each field with its origin.
 */
export async function sourceFromChosenFile(host: Host, now: Date): Promise<Result<SourceFromFile | null>> {
  const path = host.chooseSourceFile ? await host.chooseSourceFile() : null
  if (!path) return ok(null)
  const read = await readSourceFromPath(path, now)
  if (!read.ok) return read
  const { fileName, reading } = read.value
  const item = sourceFromReading(reading, { id: '', fileName, takenAt: now })
  const origins = Object.fromEntries([...Object.entries(reading.fields).filter(([field]) => field !== 'kind').map(([field, found]) => [field, found.origin]), ['type', reading.type.origin]])
  return ok({ fileName, item: { ...item, id: suggestSourceId(item) }, origins })
}
