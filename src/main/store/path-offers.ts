import { randomUUID } from 'node:crypto'

/**
 * Files main offered one window (a backup, a previous version, a conflict copy), each by an opaque id the
 * renderer may send back: main resolves it only for the window it was handed to. The renderer never learns
 * or names a path.
 */
export class PathOffers<Extra = undefined> {
  private readonly offers = new Map<string, { windowId: number; path: string; extra: Extra }>()

  /** A new id for `path`, good for `windowId` only. */
  offer(path: string, windowId: number, extra: Extra): string {
    const id = randomUUID()
    this.offers.set(id, { windowId, path, extra })
    return id
  }

  /** What `id` offered `windowId`; null for an id main never handed that window. */
  resolve(id: string, windowId: number): { path: string; extra: Extra } | null {
    const offer = this.offers.get(id)
    return offer && offer.windowId === windowId ? { path: offer.path, extra: offer.extra } : null
  }

  /** Drops the window's offers (it opened something else or closed). */
  forgetWindow(windowId: number): void {
    for (const [id, offer] of this.offers) if (offer.windowId === windowId) this.offers.delete(id)
  }
}
