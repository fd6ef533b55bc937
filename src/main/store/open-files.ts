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
  remember(windowId: number, path: string | null, baseline: ProjectFile | null, hash: string | null): void {
    this.files.set(windowId, { path, baseline, hash })
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
    const current = this.files.get(windowId) ?? { path: null, baseline: null, hash: null }
    // Merging the very file we have open takes in what was written there: saving over it is then safe.
    const hash = proposal.fromPath === current.path ? proposal.fromHash : current.hash
    this.files.set(windowId, { ...current, baseline: proposal.merged, hash })
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

  /** False when `path` is this window's file and someone else wrote it since we last read or wrote it. */
  async unchangedOnDisk(windowId: number, path: string): Promise<boolean> {
    const known = this.files.get(windowId)
    if (!known || known.path !== path) return true
    const now = await hashFile(path)
    return now === null || now === known.hash
  }
}
