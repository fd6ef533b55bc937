import type { Result } from '../../shared/errors'
import { backupPathFor } from './backups'
import { PathOffers } from './path-offers'
import { readProject } from './project-store'

/**
 * Backups offered with a refusal to open a damaged project. The refusal carries an opaque `backupId`
 * (`params.backupId`); `project:openBackup` brings it back, and main resolves it to the project it was offered
 * for, only for the window it was offered to.
 */
export class BackupOffers {
  private readonly offers = new PathOffers()

  /** `refusal` with a backup offered when a good backup lies beside the project at `path`. */
  async offer<T>(refusal: Result<T>, path: string, windowId: number): Promise<Result<T>> {
    if (refusal.ok) return refusal
    try {
      await readProject(backupPathFor(path))
    } catch {
      return refusal
    }
    const backupId = this.offers.offer(path, windowId, undefined)
    return { ok: false, error: { ...refusal.error, params: { ...refusal.error.params, backupId } } }
  }

  /** The project whose backup `backupId` offered to `windowId`; null for an id main never handed that window. */
  projectFor(backupId: string, windowId: number): string | null {
    return this.offers.resolve(backupId, windowId)?.path ?? null
  }

  forgetWindow(windowId: number): void {
    this.offers.forgetWindow(windowId)
  }
}
