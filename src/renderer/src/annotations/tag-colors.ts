import type { Annotation, Tag } from '../../../shared/annotations/types'

/** Tag colours and how an annotation's highlight colour is chosen. */

/** Colours given to new tags in turn: distinguishable, and light enough under text. */
export const tagPalette = ['#e0b43c', '#4f9d69', '#c8553d', '#5b7fc7', '#9b6bb3', '#3c9aa5', '#b3833a', '#c75b8e']

const defaultHighlight = '#e0b43c'

/** The tags of a project that have the shape of the shared Tag contract. */
export function projectTags(items: readonly { id: string }[]): Tag[] {
  return items.filter((item): item is Tag => typeof (item as Partial<Tag>).name === 'string' && typeof (item as Partial<Tag>).color === 'string')
}

/** An annotation is drawn in its first tag's colour, or in the default highlight colour. */
export function highlightColor(annotation: Annotation, tags: ReadonlyMap<string, Tag>): string {
  for (const id of annotation.tags) {
    const tag = tags.get(id)
    if (tag) return tag.color
  }
  return defaultHighlight
}

/** A new top-level tag with the next palette colour. */
export function newTag(name: string, existing: readonly Tag[]): Tag {
  return { id: crypto.randomUUID(), name: name.trim(), color: tagPalette[existing.length % tagPalette.length]!, description: '', parentId: null }
}
