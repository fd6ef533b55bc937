import type { Result } from '../../shared/errors'
import { backupPathFor } from './atomic-write'
import { readProject } from './project-store'

/**
 * A refusal to open a damaged project, with the path of its backup added (`params.backup`) when a good
 * backup lies beside it, so the user is offered the previous version instead of a dead end.
 */
export async function withBackupOffer<T>(refusal: Result<T>, path: string): Promise<Result<T>> {
  if (refusal.ok) return refusal
  const backup = backupPathFor(path)
  try {
    await readProject(backup)
  } catch {
    return refusal
  }
  return { ok: false, error: { ...refusal.error, params: { ...refusal.error.params, path, backup } } }
}
