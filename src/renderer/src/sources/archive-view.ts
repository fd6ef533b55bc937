import { createOverlayValue } from '../annotations/overlay-value'

/** Which source's archived text the pane beside the law shows, with what to find in it; null: the pane is closed. */
export interface ArchiveView {
  sourceId: string
  search?: string
}

export const archiveView = createOverlayValue<ArchiveView | null>(null)
