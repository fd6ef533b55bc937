import type { CslItem, SourceSnapshot } from './types'

/**
 * A source's archived text (see `SourceSnapshot`): its paragraphs, and the source without it where only
 * the CSL-JSON fields count (citeproc, the CLI's printout).
 */

/** The CSL-JSON fields of a source, without its archived text. */
export function withoutSnapshot(item: CslItem): CslItem {
  if (item.snapshot === undefined) return item
  const { snapshot: _archived, ...fields } = item
  return fields as CslItem
}

/** The paragraphs of an archived text, numbered from 1 by their place in the list. */
export const snapshotParagraphs = (snapshot: SourceSnapshot): string[] => snapshot.text.split('\n')

/** The archived text made from paragraphs. */
export const snapshotText = (paragraphs: readonly string[]): string => paragraphs.join('\n')
