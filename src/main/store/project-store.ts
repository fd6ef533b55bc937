import { Low } from 'lowdb'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { backupPathFor, readIfPresent, writeFileAtomic } from './atomic-write'
import { ValidatedJSONFile } from './json-file'

/** Projects larger than this are refused on open: a real one with 10,000 annotations is about 10 MB. */
export const projectSizeLimit = 200 * 1024 * 1024

export class FileNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`)
  }
}

/**
 * The lowdb database of one project file: validated on read (a damaged file throws `FileRefusedError` and is
 * never replaced), backed up and written atomically. All writes happen in main: lowdb is safe with one writer.
 */
export function projectDatabase(path: string, previousIsGood = false): Low<ProjectFile | null> {
  const adapter = new ValidatedJSONFile<ProjectFile | null>(path, {
    parse: parseProjectFile,
    serialise: (project) => serialiseProject(project!),
    maxBytes: projectSizeLimit,
    beforeWrite: (target) => keepProjectBackup(target, previousIsGood)
  })
  return new Low<ProjectFile | null>(adapter, null)
}

/** Where a damaged project file is kept when the user saves over it (after opening its backup). */
export function damagedPathFor(target: string): string {
  return `${target}.damaged`
}

/**
 * Before a project is replaced: a good previous version becomes the backup; a damaged one is kept aside as
 * `.damaged` instead, so it never replaces the good backup and is never silently lost.
 */
async function keepProjectBackup(target: string, previousIsGood: boolean): Promise<void> {
  const previous = await readIfPresent(target)
  if (previous === null) return
  // Validating 10 MB costs more than the write itself: skipped when the caller knows what is on disk is good.
  const good = previousIsGood || parseProjectFile(previous).ok
  await writeFileAtomic(good ? backupPathFor(target) : damagedPathFor(target), previous)
}

/** Reads a project file; throws `FileRefusedError` or `FileNotFoundError` if it cannot be used. */
export async function readProject(path: string): Promise<ProjectFile> {
  const db = projectDatabase(path)
  await db.read()
  if (!db.data) throw new FileNotFoundError(path)
  return db.data
}

/**
 * Writes a project, keeping the previous version as a backup (or aside as `.damaged` when it is not a good
 * project). `previousIsGood`: the caller knows the file on disk is one it validated or wrote itself.
 */
export async function writeProject(path: string, project: ProjectFile, previousIsGood = false): Promise<void> {
  const db = projectDatabase(path, previousIsGood)
  db.data = project
  await db.write()
}
