import { Low } from 'lowdb'
import { parseProjectFile, serialiseProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { keepBackup } from './atomic-write'
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
export function projectDatabase(path: string): Low<ProjectFile | null> {
  const adapter = new ValidatedJSONFile<ProjectFile | null>(path, {
    parse: parseProjectFile,
    serialise: (project) => serialiseProject(project!),
    maxBytes: projectSizeLimit,
    beforeWrite: keepBackup
  })
  return new Low<ProjectFile | null>(adapter, null)
}

/** Reads a project file; throws `FileRefusedError` or `FileNotFoundError` if it cannot be used. */
export async function readProject(path: string): Promise<ProjectFile> {
  const db = projectDatabase(path)
  await db.read()
  if (!db.data) throw new FileNotFoundError(path)
  return db.data
}

/** Writes a project, keeping the previous version as a backup. */
export async function writeProject(path: string, project: ProjectFile): Promise<void> {
  const db = projectDatabase(path)
  db.data = project
  await db.write()
}
