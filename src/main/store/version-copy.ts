import { constants } from 'node:fs'
import { copyFile, open } from 'node:fs/promises'
import { currentSchemaVersion, projectExtension } from '../../shared/project/schema'

/**
 * A project written by an older Glossa is migrated when it opens; the first save after that keeps the file
 * as it was, once, beside it (`Law.glossa` → `Law.v2.glossa`), so the older Glossa a colleague still runs can
 * open it and nothing of the old file is lost. The rotating backups are a separate matter (atomic-write.ts).
 */

/** Where the copy of a file of schema version `version` is kept. */
export function olderVersionPathFor(target: string, version: number): string {
  const suffix = `.${projectExtension}`
  const stem = target.endsWith(suffix) ? target.slice(0, -suffix.length) : target
  return `${stem}.v${version}${suffix}`
}

/** The schema version a project file's text declares near its start (both of Glossa's layouts put it second). */
async function declaredVersion(target: string): Promise<number | null> {
  let handle
  try {
    handle = await open(target, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0)
    const match = /"schemaVersion"\s*:\s*(\d+)/.exec(buffer.toString('utf8', 0, bytesRead))
    return match ? Number(match[1]) : null
  } finally {
    await handle.close()
  }
}

/** Before `target` is replaced: when it is an older version's file, copies it aside unless a copy is there already. */
export async function keepOlderVersionCopy(target: string): Promise<string | null> {
  const version = await declaredVersion(target)
  if (version === null || version >= currentSchemaVersion) return null
  const copy = olderVersionPathFor(target, version)
  try {
    await copyFile(target, copy, constants.COPYFILE_EXCL)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null
    throw error
  }
  return copy
}
