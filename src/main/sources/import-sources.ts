import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { readFailure } from '../file-errors'
import { formatBytes } from '../../shared/import/import-file'
import { parseSources, sourceImportSizeLimit, type ImportedSources } from '../../shared/sources/import'
import type { Host } from '../host'

/**
 * The `sources:importFile` handler: reads the file the user picked in the dialog, refusing a missing or
 * oversized one before reading it, and parses it as sources. Adding them to the library is the renderer's
 * part (it owns the unsaved project); main validates them again when the project is saved.
 */
export async function importSourcesFile(host: Host): Promise<Result<ImportedSources | null>> {
  const path = host.chooseSourcesToImport ? await host.chooseSourcesToImport() : null
  if (!path) return ok(null)
  const fileName = basename(path)
  try {
    const { size } = await stat(path)
    if (size > sourceImportSizeLimit) return fail('errorSourcesTooLarge', { size: formatBytes(size), limit: formatBytes(sourceImportSizeLimit) })
    const parsed = parseSources(await readFile(path, 'utf8'), fileName)
    return parsed.ok ? ok({ fileName, ...parsed.value }) : parsed
  } catch (error) {
    return readFailure(error, path)
  }
}
