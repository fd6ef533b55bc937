import type { Annotation, Tag } from '../../../shared/annotations/types'
import { tagPalette } from '../../../shared/tags/taxonomy'

/** An untagged annotation is drawn in the palette's first colour, the one a first tag gets too. */
const defaultHighlight = tagPalette[0]

/** An annotation is drawn in its first tag's colour, or in the default highlight colour. */
export function highlightColor(annotation: Annotation, tags: ReadonlyMap<string, Tag>): string {
  for (const id of annotation.tags) {
    const tag = tags.get(id)
    if (tag) return tag.color
  }
  return defaultHighlight
}
