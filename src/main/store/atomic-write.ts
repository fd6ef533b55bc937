import { randomBytes } from 'node:crypto'
import { copyFile, link, open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that a crash or power loss leaves either the old or the new content, never a torn file:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder. steno (lowdb's
 * writer) renames but never fsyncs, which can leave an empty file after a power loss.
 */

const renameRetries = 5

export async function fsyncFolder(folder: string): Promise<void> {
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
export async function renameWithRetry(from: string, to: string): Promise<void> {
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

/** A temporary name beside `target`, hidden, unique, and recognisably ours. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = tempPathFor(target)
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

/**
 * Keeps the file now at `target` as `aside` (its backup) before `target` is replaced: a second name for the
 * same file (a hard link) is renamed over `aside`, so nothing is read or copied and `target` never goes
 * missing. File systems without hard links get a copy instead. False when there is no file to keep.
 */
export async function keepAside(target: string, aside: string): Promise<boolean> {
  const temp = tempPathFor(aside)
  try {
    await link(target, temp)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    if (code === 'EEXIST') throw error
    // FAT, exFAT and some network shares have no hard links (EPERM, ENOTSUP, EXDEV...): copy.
    await copyFile(target, temp)
  }
  try {
    await renameWithRetry(temp, aside)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  return true
}
