import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'

/**
 * Which file is at a path and whether it changed, cheaply: its device, inode, size and change times. A
 * rename over the path (every atomic save, ours or another program's) or any write changes them; the same
 * identity means the same bytes, so the content hash is needed only when the identity differs.
 */
export interface FileIdentity {
  dev: bigint
  ino: bigint
  size: bigint
  mtimeNs: bigint
  ctimeNs: bigint
}

/** The identity of the file at `path`, or null when there is none. */
export async function identityOf(path: string): Promise<FileIdentity | null> {
  try {
    const { dev, ino, size, mtimeNs, ctimeNs } = await stat(path, { bigint: true })
    return { dev, ino, size, mtimeNs, ctimeNs }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs
}

/** SHA-256 of a text as written (UTF-8): equal to `hashFile` of the file it was written to. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** SHA-256 of a file's bytes, or null when there is no file; streamed, so a huge file costs no memory. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    const hash = createHash('sha256')
    await pipeline(createReadStream(path), hash)
    return hash.digest('hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
