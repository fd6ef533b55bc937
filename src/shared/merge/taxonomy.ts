import type { ProjectFile } from '../project/schema'

type TagLike = { id: string; parentId?: unknown; [field: string]: unknown }

/**
 * A merged taxonomy can break the tree even when each side's was sound: one colleague deletes a tag while
 * the other files a sub-tag under it, or two colleagues move tags under each other. Such tags are moved to
 * the top level (a tag whose parent is gone; on a cycle, the one with the smallest id), which is an ordinary
 * edit of the merged project: it is stamped when saved and travels with the next exchange.
 */
export function settleTaxonomy<T extends TagLike>(tags: readonly T[]): T[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const parentOf = (tag: T) => (typeof tag.parentId === 'string' && byId.has(tag.parentId) ? tag.parentId : null)
  for (const tag of tags) if (tag.parentId != null && parentOf(tag) === null) byId.set(tag.id, { ...tag, parentId: null })
  for (const start of tags) {
    const path: string[] = []
    const onPath = new Set<string>()
    for (let id: string | null = start.id; id !== null; id = parentOf(byId.get(id)!)) {
      if (onPath.has(id)) {
        const cycle = path.slice(path.indexOf(id))
        const detach = [...cycle].sort()[0]!
        byId.set(detach, { ...byId.get(detach)!, parentId: null })
        break
      }
      path.push(id)
      onPath.add(id)
    }
  }
  return tags.map((tag) => byId.get(tag.id)!)
}

/** The project with its taxonomy settled (see `settleTaxonomy`). */
export function withSettledTaxonomy(project: ProjectFile): ProjectFile {
  return { ...project, tags: settleTaxonomy(project.tags as TagLike[]) } as ProjectFile
}
