import { basename } from 'node:path'
import { exportAkomaNtoso } from '../../shared/akn/export'
import { fail, ok, type Result } from '../../shared/errors'
import { translate } from '../../shared/i18n/translate'
import type { ExportedFile } from '../../shared/ipc'
import { validateProject } from '../../shared/project/parse'
import { writeFailure } from '../file-errors'
import type { Host } from '../host'
import { writeFileAtomic } from '../store/atomic-write'

/** The name the save dialog suggests: the document's name, or the project's, as an `.xml` file. */
function suggestedName(name: string): string {
  // Path separators and characters file systems refuse would make the dialog's default path wrong; a
  // leading dot would hide the file.
  const safe = name
    .replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, ' ')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120)
  return `${safe || translate('untitledProject')}.xml`
}

/**
 * "Export Akoma Ntoso…": validates the project the renderer sent (its text as the editor holds it now),
 * asks where to write, and writes the legal text as Akoma Ntoso 3.0 XML atomically. Null: cancelled.
 */
export async function exportAknFile(
  input: unknown,
  host: Host,
  now: () => Date,
  /** Runs the write in the window's queue (after its earlier saves); at once when absent. */
  serialise: <T>(job: () => Promise<T>) => Promise<T> = (job) => job()
): Promise<Result<ExportedFile | null>> {
  const valid = validateProject(input)
  if (!valid.ok) return valid
  const { document, meta } = valid.value
  if (!document) return fail('errorExportNoDocument')
  const path = (await host.chooseAknSavePath?.(suggestedName(document.name || meta.title))) ?? null
  if (!path) return ok(null)
  return serialise(async () => {
    try {
      await writeFileAtomic(path, exportAkomaNtoso(document.content, { language: document.language, date: now().toISOString() }))
      return ok({ fileName: basename(path) })
    } catch (error) {
      return writeFailure('errorExportFailed', error, path)
    }
  })
}
