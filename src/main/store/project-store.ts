import { Low } from 'lowdb'
import type { Result } from '../../shared/errors'
import { parseProjectFile } from '../../shared/project/parse'
import { validateProjectAgainst } from '../../shared/project/validate-changes'
import type { ProjectFile } from '../../shared/project/schema'
import { FolderSyncError, keepAside, readIfPresent, writeFileAtomic, type AtomicWriteOptions } from './atomic-write'
import { keepBackup, type BackupOptions } from './backups'
import { hashText } from './file-identity'
import { ValidatedJSONFile } from './json-file'
import { keepOlderVersionCopy } from './version-copy'

/** Projects larger than this are refused on open: a real one with 10,000 annotations is about 10 MB. */
export const projectSizeLimit = 200 * 1024 * 1024

export class FileNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`)
  }
}

/**
 * The lowdb database of one project file, for reading: validated on read (a damaged file throws
 * `FileRefusedError`), by `parse` (by default in full). `writeProject` writes, always from main: lowdb is safe
 * with one writer.
 */
export function projectDatabase(path: string, parse: (text: string) => Result<ProjectFile> = parseProjectFile): Low<ProjectFile | null> & { adapter: ValidatedJSONFile<ProjectFile | null> } {
  const adapter = new ValidatedJSONFile<ProjectFile | null>(path, {
    parse,
    serialise: (project) => projectText(project!),
    maxBytes: projectSizeLimit
  })
  return new Low<ProjectFile | null>(adapter, null) as Low<ProjectFile | null> & { adapter: ValidatedJSONFile<ProjectFile | null> }
}

/** Where a damaged project file is kept when the user saves over it (after opening its backup). */
export function damagedPathFor(target: string): string {
  return `${target}.damaged`
}

/** Each annotation's JSON, kept while the annotation object lives: main never changes a project in place. */
const annotationTexts = new WeakMap<object, string>()

function annotationText(annotation: object): string {
  let text = annotationTexts.get(annotation)
  if (text === undefined) {
    text = JSON.stringify(annotation)
    annotationTexts.set(annotation, text)
  }
  return text
}

/**
 * The text of a project file: compact JSON, exactly `JSON.stringify(project)` (a 10,000-annotation project
 * is half the size, and written twice as fast, as with two-space indents; Glossa reads either). A save after
 * one change re-serialises only the annotations that changed: the others are the same objects as last time.
 */
export function projectText(project: ProjectFile): string {
  const fields: string[] = []
  for (const [key, value] of Object.entries(project)) {
    if (value === undefined) continue
    const text = key === 'annotations' ? `[${project.annotations.map(annotationText).join(',')}]` : JSON.stringify(value)
    fields.push(`${JSON.stringify(key)}:${text}`)
  }
  return `{${fields.join(',')}}\n`
}

/**
 * Before a project is replaced: a good previous version becomes the backup; a damaged one is kept aside as
 * `.damaged` instead, so it never replaces the good backup and is never silently lost.
 */
async function keepProjectBackup(target: string, previousIsGood: boolean, options: BackupOptions): Promise<void> {
  // Validating 10 MB costs more than the write itself: skipped when the caller knows what is on disk is good.
  let good = previousIsGood
  if (!good) {
    const previous = await readIfPresent(target)
    if (previous === null) return
    good = parseProjectFile(previous).ok
  }
  if (good) await keepBackup(target, options)
  else await keepAside(target, damagedPathFor(target), options.fs)
}

/**
 * Reads a project file; throws `FileRefusedError` or `FileNotFoundError` if it cannot be used. With `known`
 * (a project already validated, e.g. mine when merging theirs) only what differs from it is validated in full.
 */
export async function readProject(path: string, known?: ProjectFile): Promise<ProjectFile> {
  return (await readProjectAndHash(path, known)).project
}

/** `readProject`, with the hash of the bytes it read: the file is read once. */
export async function readProjectAndHash(path: string, known?: ProjectFile): Promise<{ project: ProjectFile; hash: string }> {
  const db = projectDatabase(path, known ? (text) => parseProjectFile(text, (data) => validateProjectAgainst(data, known)) : parseProjectFile)
  await db.read()
  if (!db.data || db.adapter.lastReadHash === null) throw new FileNotFoundError(path)
  return { project: db.data, hash: db.adapter.lastReadHash }
}

export interface WriteProjectOptions extends BackupOptions, Pick<AtomicWriteOptions, 'destination' | 'retryDelaysMs'> {
  /** The caller knows the file on disk is one it validated or wrote itself (no need to validate it for the backup). */
  previousIsGood?: boolean
  /** Keep no backup of the file on disk (it is not ours: the write goes to a conflict copy). */
  skipBackup?: boolean
}

/** What a save wrote: the hash of the text, and where (the project, or a conflict copy chosen by `destination`). */
export interface WrittenProject {
  hash: string
  writtenTo: string
  /** The file was replaced but its folder could not be synced (the system's code): it may not survive a power cut. */
  unconfirmed?: string
}

/**
 * Writes a project, keeping the previous version as a backup (or aside as `.damaged` when it is not a good
 * project), and a file from an older Glossa once more as it was (version-copy.ts). Returns the hash of what was
 * written, so the caller can later tell whether someone else wrote the file, and where it went.
 */
export async function writeProject(path: string, project: ProjectFile, options: WriteProjectOptions = {}): Promise<WrittenProject> {
  // Serialised first: a project that cannot be written leaves the file and its backup as they were.
  const text = projectText(project)
  await keepOlderVersionCopy(path)
  if (!options.skipBackup) await keepProjectBackup(path, options.previousIsGood ?? false, options)
  const written = writeFileAtomic(path, text, options)
  // Hashed while the bytes go to disk.
  const hash = hashText(text)
  try {
    return { hash, writtenTo: await written }
  } catch (error) {
    if (error instanceof FolderSyncError) return { hash, writtenTo: error.writtenTo, unconfirmed: error.code ?? 'EIO' }
    throw error
  }
}
