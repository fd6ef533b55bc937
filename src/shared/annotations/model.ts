import type { DocJSON } from '../document/types'
import type { Annotation, AnnotationTarget, Author, Commentary } from './types'

/** Small pure helpers for making and reading annotations. */

/** Commentary with no content. */
export function emptyCommentary(): Commentary {
  return { doc: { type: 'doc', content: [] } }
}

/** A new annotation on `target`; `now` and `id` are parameters so tests can fix them. */
export function createAnnotation(options: { target: AnnotationTarget; author: Author; tags?: string[]; now?: Date; id?: string }): Annotation {
  const stamp = (options.now ?? new Date()).toISOString()
  return {
    id: options.id ?? crypto.randomUUID(),
    author: options.author,
    created: stamp,
    modified: stamp,
    target: options.target,
    tags: options.tags ?? [],
    body: emptyCommentary(),
    citations: [],
    links: [],
    replies: []
  }
}

/** The annotation with `changes` applied and its modified time moved on. */
export function reviseAnnotation(annotation: Annotation, changes: Partial<Omit<Annotation, 'id' | 'created' | 'author'>>, now = new Date()): Annotation {
  return { ...annotation, ...changes, modified: now.toISOString() }
}

/** The plain text of commentary, block by block, for search and previews. */
export function commentaryText(commentary: Commentary): string {
  const blocks: string[] = []
  const walk = (node: DocJSON): string => {
    if (node.text !== undefined) return node.text
    return (node.content ?? []).map(walk).join(node.type === 'paragraph' ? '' : '\n')
  }
  for (const block of commentary.doc.content ?? []) blocks.push(walk(block))
  return blocks.join('\n').trim()
}

/** Whether the commentary has any text. */
export function hasCommentary(annotation: Annotation): boolean {
  return commentaryText(annotation.body).length > 0
}
