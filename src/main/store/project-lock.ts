import * as fs from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import lockfile from 'proper-lockfile'
import { z } from 'zod'

/**
 * The lock a window holds beside its open project (`.thesis.glossa.lock`, a folder: proper-lockfile makes it
 * with mkdir, which is atomic on local disks and network shares, and keeps its time fresh while held). Who
 * holds it is written inside, so a second window, a second Glossa or a colleague on a shared folder is told
 * who has the project open. A lock whose holder died is recovered: at once when the holder was a process of
 * this computer that no longer runs, otherwise once its time is `staleMs` old.
 */

export interface LockHolder {
  name: string
  host: string
  /** When the holder opened the project (ISO time). */
  since: string
}

const ownerSchema = z.object({ name: z.string().max(200), host: z.string().max(255), since: z.string().max(40), pid: z.number().int().positive() })
type Owner = z.infer<typeof ownerSchema>

export type LockAttempt = { held: true; release: () => Promise<void> } | { held: false; holder: LockHolder | null }

export interface LockOptions {
  staleMs?: number
  now?: () => Date
}

const defaultStaleMs = 30_000

export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`)
}

const ownerFileOf = (target: string) => join(lockPathFor(target), 'owner.json')

/** proper-lockfile removes its folder with rmdir: ours holds the owner file, so it is removed with what is inside. */
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true })
}

async function readOwner(target: string): Promise<Owner | null> {
  try {
    const parsed = ownerSchema.safeParse(JSON.parse(await readFile(ownerFileOf(target), 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function runs(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Tries to lock `target` for `who`; tells who holds it when someone does. */
export async function lockProject(target: string, who: { name: string }, options: LockOptions = {}): Promise<LockAttempt> {
  const lockOptions = {
    lockfilePath: lockPathFor(target),
    realpath: false,
    stale: options.staleMs ?? defaultStaleMs,
    fs: lockFs,
    // The lock folder was removed or went stale under us (a sync client, a sleeping laptop): saving still
    // checks the file on disk before every write, so losing the lock loses nothing.
    onCompromised: () => undefined
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const release = await lockfile.lock(target, lockOptions)
      const owner: Owner = { name: who.name, host: hostname(), since: (options.now?.() ?? new Date()).toISOString(), pid: process.pid }
      await writeFile(ownerFileOf(target), JSON.stringify(owner))
      return { held: true, release: () => release().catch(() => undefined) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
      const owner = await readOwner(target)
      if (attempt === 0 && owner && owner.host === hostname() && !runs(owner.pid)) {
        // Left by a Glossa of this computer that crashed or was killed: nobody holds it.
        await fs.promises.rm(lockPathFor(target), { recursive: true, force: true })
        continue
      }
      return { held: false, holder: owner && { name: owner.name, host: owner.host, since: owner.since } }
    }
  }
  return { held: false, holder: null }
}
