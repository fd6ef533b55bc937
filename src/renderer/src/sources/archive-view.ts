import { createOverlayValue } from '../annotations/overlay-value'

/** Which source's archived text the pane beside the law shows (its id), or null when the pane is closed. */
export const archiveView = createOverlayValue<string | null>(null)
