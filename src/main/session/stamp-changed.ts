import type { Annotation } from '../../shared/annotations/types'
import { stampChanges } from '../../shared/merge/stamp'
import type { ProjectFile } from '../../shared/project/schema'

/**
 * `stampChanges` for a save, looking only at annotations that changed: validation against the baseline
 * (shared/project/validate-changes.ts) hands back every unchanged annotation as the baseline's own object,
 * so those are told apart by identity and left out of the comparison on both sides. Their clocks stay as they
 * are, exactly as a full comparison would leave them; tags and sources (small) are compared in full.
 */
export function stampChangedOnly(base: ProjectFile, next: ProjectFile, node: string, now: number): ProjectFile {
  const baseById = new Map(base.annotations.map((annotation) => [annotation.id, annotation]))
  const unchanged = new Set<string>()
  const changedNow: Annotation[] = []
  for (const annotation of next.annotations) {
    if (baseById.get(annotation.id) === annotation) unchanged.add(annotation.id)
    else changedNow.push(annotation)
  }
  const changedBefore = base.annotations.filter((annotation) => !unchanged.has(annotation.id))
  const stamped = stampChanges({ ...base, annotations: changedBefore }, { ...next, annotations: changedNow }, node, now)
  return { ...next, sync: stamped.sync }
}
