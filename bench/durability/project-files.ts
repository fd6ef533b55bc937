import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { inertHost } from '../../src/main/testing/inert-host'
import { backupGenerations, backupPathFor } from '../../src/main/store/backups'
import { parseProjectFile } from '../../src/shared/project/parse'

/** What the durability scenarios check on disk after each trial. */

/** The project's title when the file at `path` is a whole, valid project; null when it is missing or damaged. */
export async function titleIfIntact(path: string): Promise<string | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  const parsed = parseProjectFile(text)
  return parsed.ok ? parsed.value.meta.title : null
}

/** Whether the project and every backup generation beside it is a whole, valid project (a missing backup is fine). */
export async function projectAndBackupsIntact(path: string): Promise<boolean> {
  if ((await titleIfIntact(path)) === null) return false
  for (let generation = 1; generation <= backupGenerations; generation++) {
    const backup = backupPathFor(path, generation)
    const present = await readFile(backup).then(
      () => true,
      () => false
    )
    if (present && (await titleIfIntact(backup)) === null) return false
  }
  return true
}

/** Temporary files left in the project's folder. */
export async function temporariesBeside(path: string): Promise<string[]> {
  return (await readdir(dirname(path))).filter((name) => name.endsWith('.tmp'))
}

/** Opens `path` as the next start of Glossa would (through main's handlers), then closes it; false when it is refused or read-only. */
export async function reopen(path: string, appDataDir: string): Promise<boolean> {
  const table = createHandlers({ host: inertHost({ chooseProjectToOpen: async () => path }), appDataDir: join(appDataDir) })
  const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
  await dispatch(table, 'project:close', {}, { windowId: 1 })
  return opened.ok && opened.value !== null && !(opened.value as { readOnly?: unknown }).readOnly
}
