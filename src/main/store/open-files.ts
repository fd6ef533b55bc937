import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { ProjectFile } from '../../shared/project/schema'

/** SHA-256 of a file's bytes, or null when there is no file. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

interface OpenFile {
  path: string | null
  /** The project as last read from or written to disk (or merged): what the next save is compared with. */
  baseline: ProjectFile | null
  /** The file's hash when we last read or wrote it; a different hash now means someone else wrote it. */
  hash: string | null
  /** Whether that content is a good project (we validated or wrote it); false for a damaged file left on disk. */
  good: boolean
}

/** What is on disk now, compared with what this window last read or wrote. */
export interface DiskCheck {
  /** Someone else wrote the file since: it must not be overwritten. */
  changed: boolean
  /** The content on disk is the good project we read or wrote (no need to validate it again for the backup). */
  good: boolean
}

/**
 * What main remembers about each window's project file, so that (1) a save records exactly what changed
 * since the last read or write (the merge clocks, see shared/merge/stamp.ts) and (2) two windows or two
 * Glossa instances on one file never silently overwrite each other's work.
 */
export class OpenFiles {
  private readonly files = new Map<number, OpenFile>()
  private readonly proposals = new Map<number, { merged: ProjectFile; fromPath: string; fromHash: string | null }>()

  /** After opening, writing or merging: the state on disk (or in memory) that later saves build on. */
  remember(windowId: number, path: string | null, baseline: ProjectFile | null, hash: string | null, good = true): void {
    this.files.set(windowId, { path, baseline, hash, good })
  }

  /**
   * After "Merge from file": the merged state waits until the user applies it (`acceptProposal`); a
   * cancelled merge leaves the baseline as it was, so the next save does not mistake their items for deletions.
   */
  propose(windowId: number, merged: ProjectFile, fromPath: string, fromHash: string | null): void {
    this.proposals.set(windowId, { merged, fromPath, fromHash })
  }

  /** The user applied the merge: its result is what later saves compare with. */
  acceptProposal(windowId: number): null {
    const proposal = this.proposals.get(windowId)
    if (!proposal) return null
    this.proposals.delete(windowId)
    const current = this.files.get(windowId) ?? { path: null, baseline: null, hash: null, good: false }
    // Merging the very file we have open takes in what was written there (a project merge validated): saving over it is then safe.
    const mergedOwnFile = proposal.fromPath === current.path
    this.files.set(windowId, { ...current, baseline: proposal.merged, hash: mergedOwnFile ? proposal.fromHash : current.hash, good: mergedOwnFile || current.good })
    return null
  }

  forget(windowId: number): void {
    this.files.delete(windowId)
    this.proposals.delete(windowId)
  }

  /** The state the next save of `project` is compared with; a never-saved project counts as empty. */
  baselineFor(windowId: number, project: ProjectFile): ProjectFile {
    return this.files.get(windowId)?.baseline ?? { ...project, annotations: [], tags: [], sources: [] }
  }

  /** Compares the file on disk with what this window last read or wrote there. */
  async checkDisk(windowId: number, path: string): Promise<DiskCheck> {
    const known = this.files.get(windowId)
    if (!known || known.path !== path) return { changed: false, good: false }
    const now = await hashFile(path)
    if (now === null) return { changed: false, good: false }
    return now === known.hash ? { changed: false, good: known.good } : { changed: true, good: false }
  }
}
