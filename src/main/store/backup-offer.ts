import { randomUUID } from 'node:crypto'
import type { Result } from '../../shared/errors'
import { backupPathFor } from './atomic-write'
import { readProject } from './project-store'

/**
 * Backups offered with a refusal to open a damaged project. The refusal carries an opaque `backupId`
 * (`params.backupId`); `project:openBackup` brings it back, and main resolves it to the project it was offered
 * for, only for the window it was offered to. The renderer never learns or names the path.
 */
export class BackupOffers {
  private readonly offers = new Map<string, { windowId: number; path: string }>()

  /** `refusal` with a backup offered when a good backup lies beside the project at `path`. */
  async offer<T>(refusal: Result<T>, path: string, windowId: number): Promise<Result<T>> {
    if (refusal.ok) return refusal
    try {
      await readProject(backupPathFor(path))
    } catch {
      return refusal
    }
    const backupId = randomUUID()
    this.offers.set(backupId, { windowId, path })
    return { ok: false, error: { ...refusal.error, params: { ...refusal.error.params, backupId } } }
  }

  /** The project whose backup `backupId` offered to `windowId`; null for an id main never handed that window. */
  projectFor(backupId: string, windowId: number): string | null {
    const offer = this.offers.get(backupId)
    return offer && offer.windowId === windowId ? offer.path : null
  }

  /** Drops the window's offers (it opened something else or closed). */
  forgetWindow(windowId: number): void {
    for (const [id, offer] of this.offers) if (offer.windowId === windowId) this.offers.delete(id)
  }
}
