import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that a crash or power loss leaves either the old or the new content, never a torn file:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder. steno (lowdb's
 * writer) renames but never fsyncs, which can leave an empty file after a power loss.
 */

const renameRetries = 5

async function fsyncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open or fsync a folder; NTFS journals the rename itself.
  }
}

/** Renames, retrying briefly when antivirus or an indexer holds the target open on Windows. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (attempt >= renameRetries || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt))
    }
  }
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await renameWithRetry(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await fsyncFolder(dirname(target))
}

/** The backup kept beside a project: the previous good version, replaced on every save. */
export function backupPathFor(target: string): string {
  return `${target}.bak`
}

/** The text of a file, or null when there is none (a first save has nothing to back up). */
export async function readIfPresent(target: string): Promise<string | null> {
  try {
    return await readFile(target, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Copies the current content of `target` (if any) to its backup, atomically, before it is replaced. */
export async function keepBackup(target: string): Promise<void> {
  const previous = await readIfPresent(target)
  if (previous !== null) await writeFileAtomic(backupPathFor(target), previous)
}
