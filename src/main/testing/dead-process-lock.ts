import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lockPathFor } from '../store/project-lock'

/** A process id no process has (Linux allows at most 2^22). */
const noSuchProcess = 2_147_483_646

/**
 * What a crash, a kill or a power cut leaves beside a project: its lock naming a process that no longer runs,
 * which the real lock recovers at once. Tests that "restart" Glossa inside one living process use it.
 */
export function markLockHolderDead(project: string): void {
  const owner = join(lockPathFor(project), 'owner.json')
  if (existsSync(owner)) writeFileSync(owner, JSON.stringify({ ...JSON.parse(readFileSync(owner, 'utf8')), pid: noSuchProcess }))
}
