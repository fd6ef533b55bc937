import { latestSeen } from '../../shared/merge/clocks'
import type { ProjectFile } from '../../shared/project/schema'
import { existingBackups } from './backups'
import { readProject } from './project-store'

/** A backup generation as "Restore a previous version" lists it. */
export interface DescribedBackup {
  path: string
  savedAt: Date
  /** Who made the last change in that version, by name; '' when it cannot be told. */
  author: string
  noteCount: number
}

/** The name of whoever wrote the newest change of `project` (its latest merge clock's author), '' when unknown. */
export function lastAuthorOf(project: ProjectFile): string {
  const latest = latestSeen(project.sync)
  const node = latest.slice(23)
  if (!node) return ''
  for (const annotation of project.annotations) {
    if (annotation.author.id === node) return annotation.author.name
    for (const reply of annotation.replies) if (reply.author.id === node) return reply.author.name
  }
  return ''
}

/** The good backups beside `target`, newest first; a damaged one is left out (it cannot be restored). */
export async function describeBackups(target: string): Promise<DescribedBackup[]> {
  const described: DescribedBackup[] = []
  for (const backup of await existingBackups(target)) {
    try {
      const project = await readProject(backup.path)
      described.push({ path: backup.path, savedAt: backup.savedAt, author: lastAuthorOf(project), noteCount: project.annotations.length })
    } catch {
      // Not a project we can open: nothing to offer.
    }
  }
  return described
}
