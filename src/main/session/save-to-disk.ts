import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import type { ProjectFile } from '../../shared/project/schema'
import { writeFailure } from '../file-errors'
import { conflictCopyPathFor } from '../store/conflict-copies'
import { writeProject, type WriteProjectOptions } from '../store/project-store'
import { diskRecord, type WindowSession } from './window-session'

/** How a save reached the disk. */
export type SaveOutcome = Result<{ conflictCopy: null } | { conflictCopy: string }>

export interface SaveToDiskOptions extends Pick<WriteProjectOptions, 'spacingMs' | 'fs' | 'retryDelaysMs'> {
  /** The name the conflict copy is named after (this install's author). */
  author: string
  now: () => Date
}

/**
 * Writes the window's project to `path`, never over another writer's version: the file on disk is checked
 * against what the window last read or wrote there before the backup and again immediately before the
 * rename. When someone else wrote it, ours goes beside it as a conflict copy named after its author and time,
 * and their file is left as it is. `revision` is what the renderer sent.
 */
export async function saveToDisk(session: WindowSession, path: string, project: ProjectFile, revision: number, options: SaveToDiskOptions): Promise<SaveOutcome> {
  const conflictCopy = () => conflictCopyPathFor(path, options.author, options.now())
  const before = await session.checkDisk(path)
  try {
    const written = await writeProject(path, project, {
      ...options,
      previousIsGood: before.good,
      destination: async () => (before.changed || (await session.checkDisk(path)).changed ? conflictCopy() : path),
      // Their file is not ours to back up: with a conflict copy, the backups stay as they are.
      skipBackup: before.changed
    })
    if (written.writtenTo !== path) return ok({ conflictCopy: written.writtenTo })
    session.wrote(path, project, await diskRecord(path, written.hash), revision)
    // Replaced, but the folder was not synced: recorded as ours (no false conflict next time), reported so the renderer saves again.
    if (written.unconfirmed) return fail('errorSaveUnconfirmed', { fileName: basename(path) }, written.unconfirmed)
    return ok({ conflictCopy: null })
  } catch (error) {
    return writeFailure('errorFileUnwritable', error, path)
  }
}
