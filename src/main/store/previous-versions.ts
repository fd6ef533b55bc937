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
  /** Their author id ('' when none): the caller can name its own install's author. */
  authorId: string
  noteCount: number
}

/** Who wrote the newest change of `project` (its latest merge clock's author): id, and name when an annotation or reply tells it. */
export function lastAuthorOf(project: ProjectFile): { id: string; name: string } {
  const id = latestSeen(project.sync).slice(23)
  if (!id) return { id: '', name: '' }
  for (const annotation of project.annotations) {
    if (annotation.author.id === id) return { id, name: annotation.author.name }
    for (const reply of annotation.replies) if (reply.author.id === id) return { id, name: reply.author.name }
  }
  return { id, name: '' }
}

/** The good backups beside `target`, newest first; a damaged one is left out (it cannot be restored). */
export async function describeBackups(target: string): Promise<DescribedBackup[]> {
  const described: DescribedBackup[] = []
  for (const backup of await existingBackups(target)) {
    try {
      const project = await readProject(backup.path)
      const author = lastAuthorOf(project)
      described.push({ path: backup.path, savedAt: backup.savedAt, author: author.name, authorId: author.id, noteCount: project.annotations.length })
    } catch {
      // Not a project we can open: nothing to offer.
    }
  }
  return described
}
