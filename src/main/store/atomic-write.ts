import { randomBytes } from 'node:crypto'
import { copyFile, link, readdir, readFile, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { nodeWriteFs, type WriteFs } from './write-fs'

/**
 * Writes a file so that a crash or power loss leaves either the old or the new content, never a torn file:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder. steno (lowdb's
 * writer) renames but never fsyncs, which can leave an empty file after a power loss. Any step that fails
 * leaves the old file as it was and no temporary file behind.
 */

/** Waits before each retry of a rename that antivirus or an indexer blocked on Windows: 1.55 s in all. */
const renameRetryDelaysMs = [50, 100, 200, 400, 800]

/** Codes with which Windows refuses a rename over a file another program holds open for a moment. */
const transientRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** Codes with which a folder cannot be opened or fsynced at all (Windows, some network shares): nothing to report. */
const folderSyncUnsupported = new Set(['EPERM', 'EACCES', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF'])

export interface AtomicWriteOptions {
  /** The file system steps (tests inject faults here). */
  fs?: WriteFs
  /**
   * Called immediately before the rename: the path to rename the finished temporary file to. Returning
   * another path than the target (a conflict copy) leaves the target untouched.
   */
  destination?: () => Promise<string>
  /** How long to wait before each rename retry (tests shorten it). */
  retryDelaysMs?: readonly number[]
}

/** The write reached the file (renamed into place), but the folder could not be synced: the rename may not survive a power cut. */
export class FolderSyncError extends Error {
  readonly code: string | undefined

  constructor(
    fault: NodeJS.ErrnoException,
    readonly writtenTo: string
  ) {
    super(fault.code ?? fault.message, { cause: fault })
    this.code = fault.code
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Renames, retrying briefly when antivirus or an indexer holds the target open on Windows. */
export async function renameWithRetry(from: string, to: string, fs: WriteFs = nodeWriteFs, delays: readonly number[] = renameRetryDelaysMs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (attempt >= delays.length || !transientRenameCodes.has(code ?? '')) throw error
      await sleep(delays[attempt]!)
    }
  }
}

const tempSuffix = /\.[0-9a-f]{12}\.tmp$/

/** A temporary name beside `target`, hidden, unique, and recognisably ours (see `isOurTemporaryFor`). */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Whether `name`, in the folder of `target`, is a temporary file this module made for `target` or one of its backups. */
function isOurTemporaryFor(name: string, target: string): boolean {
  const prefix = `.${basename(target)}`
  return name.startsWith(prefix) && tempSuffix.test(name) && /^(\.bak\d*|\.damaged)?$/.test(name.slice(prefix.length).replace(tempSuffix, ''))
}

/**
 * Removes temporary files of ours left beside `target` by a save that was killed: only call this while no
 * save of `target` can be running (main holds the project's lock). Returns how many were removed.
 */
export async function removeStaleTemporaries(target: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(dirname(target))
  } catch {
    return 0
  }
  const stale = names.filter((name) => isOurTemporaryFor(name, target))
  await Promise.all(stale.map((name) => rm(join(dirname(target), name), { force: true })))
  return stale.length
}

/** Writes `content` to `target` atomically; returns the path written (the target, or what `destination` chose). */
export async function writeFileAtomic(target: string, content: string, options: AtomicWriteOptions = {}): Promise<string> {
  const fs = options.fs ?? nodeWriteFs
  const temp = tempPathFor(target)
  let destination: string
  try {
    const handle = await fs.open(temp)
    try {
      await handle.write(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    destination = options.destination ? await options.destination() : target
    await renameWithRetry(temp, destination, fs, options.retryDelaysMs)
  } catch (error) {
    await fs.remove(temp)
    throw error
  }
  try {
    await fs.syncFolder(dirname(destination))
  } catch (error) {
    if (!folderSyncUnsupported.has((error as NodeJS.ErrnoException).code ?? '')) throw new FolderSyncError(error as NodeJS.ErrnoException, destination)
  }
  return destination
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
export async function keepAside(target: string, aside: string, fs: WriteFs = nodeWriteFs): Promise<boolean> {
  const temp = tempPathFor(aside)
  try {
    try {
      await link(target, temp)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return false
      if (code === 'EEXIST') throw error
      // FAT, exFAT and some network shares have no hard links (EPERM, ENOTSUP, EXDEV...): copy.
      await copyFile(target, temp)
    }
    await renameWithRetry(temp, aside, fs)
  } catch (error) {
    await fs.remove(temp)
    throw error
  }
  return true
}

/** Makes a new or renamed entry in `folder` durable (the hot-exit journal's first line); where folders cannot be synced, nothing to do. */
export async function fsyncFolder(folder: string): Promise<void> {
  try {
    await nodeWriteFs.syncFolder(folder)
  } catch (error) {
    if (!folderSyncUnsupported.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  }
}
