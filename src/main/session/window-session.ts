import type { ReadOnlyReason } from '../../shared/ipc'
import type { ProjectFile } from '../../shared/project/schema'
import { hashFile, identityOf, sameIdentity, type FileIdentity } from '../store/file-identity'
import { SerialQueue } from './serial-queue'

/** What this window knows of its file on disk: which file it was, its content's hash, and whether that is a good project. */
export interface DiskRecord {
  identity: FileIdentity | null
  hash: string | null
  /** We validated or wrote that content; false for a damaged file left on disk (its backup was opened). */
  good: boolean
}

/** What is on disk now, compared with what this window last read or wrote there. */
export interface DiskCheck {
  /** Someone else wrote the file since: it must not be overwritten. */
  changed: boolean
  /** The content on disk is the good project we read or wrote (no need to validate it again for the backup). */
  good: boolean
}

const unknownDisk: DiskRecord = { identity: null, hash: null, good: false }

/**
 * The one owner of a window's open project in main: the file it lives in, the state the next save is
 * compared with (so a save records exactly what changed: shared/merge/stamp.ts), what is on disk (so another
 * writer is never silently overwritten), the newest revision written, and the queue that serialises the
 * window's saves, merges and exports. Created with the window's first message, dropped when it closes.
 */
export class WindowSession {
  /** The file the project lives in; null: not saved yet. */
  path: string | null = null
  /** The project as last read from or written to disk (or merged and applied). */
  private baseline: ProjectFile | null = null
  private disk: DiskRecord = unknownDisk
  /** The newest revision of the renderer's project written to `path`. */
  private written: number | null = null
  /** A merge shown in the dialog, not yet applied. */
  private proposal: { merged: ProjectFile; fromPath: string; fromDisk: DiskRecord } | null = null
  private readonly queue = new SerialQueue()
  /** Releases the lock held beside `path` (null: none held, e.g. opened read-only or never saved). */
  private releaseHeldLock: (() => Promise<void>) | null = null
  /** Set when another window or Glossa holds `path`: saving to it is refused. */
  readOnly: ReadOnlyReason | null = null

  /** Runs `job` after every save, merge or export this window asked for before it. */
  serialise<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(job)
  }

  /** The window starts on another project (`path`, or none): nothing known about the previous one applies. */
  startOver(path: string | null): void {
    this.path = path
    this.baseline = null
    this.disk = unknownDisk
    this.written = null
    this.proposal = null
    this.readOnly = null
  }

  /** The window now holds the lock of its file; `release` gives it up. */
  holdLock(release: () => Promise<void>): void {
    this.releaseHeldLock = release
    this.readOnly = null
  }

  get holdsLock(): boolean {
    return this.releaseHeldLock !== null
  }

  /** Gives up the lock of the file (the window opens another, or closes). */
  async releaseLock(): Promise<void> {
    const release = this.releaseHeldLock
    this.releaseHeldLock = null
    await release?.()
  }

  /** After opening or writing `path`: the state later saves build on, and what is on disk now. */
  remember(path: string, baseline: ProjectFile, disk: DiskRecord): void {
    this.path = path
    this.baseline = baseline
    this.disk = disk
  }

  /** After a save of `revision` to `path` succeeded. */
  wrote(path: string, project: ProjectFile, disk: DiskRecord, revision: number): void {
    if (path !== this.path) this.written = null
    this.remember(path, project, disk)
    this.written = Math.max(revision, this.written ?? revision)
  }

  /** The revision already on disk at `path` that is as new as `revision` or newer; null: `revision` must be written. */
  newerOnDisk(path: string, revision: number): number | null {
    return path === this.path && this.written !== null && this.written >= revision ? this.written : null
  }

  /** The validated state the next save of `project` is compared with; a never-saved project counts as empty. */
  baselineFor(project: ProjectFile): ProjectFile {
    return this.baseline ?? { ...project, annotations: [], tags: [], sources: [] }
  }

  /** The SHA-256 of the file's content as last read or written (null: no file, or not known). */
  get fileHash(): string | null {
    return this.disk.hash
  }

  /** The validated project to check what the renderer sends against (null: none yet, validate in full). */
  get known(): ProjectFile | null {
    return this.baseline
  }

  /**
   * After "Merge from file": the merged state waits until the user applies it (`acceptProposal`); a cancelled
   * merge leaves the baseline as it was, so the next save does not mistake their items for deletions.
   */
  propose(merged: ProjectFile, fromPath: string, fromDisk: DiskRecord): void {
    this.proposal = { merged, fromPath, fromDisk }
  }

  /** The user applied the merge: its result is what later saves compare with. */
  acceptProposal(): void {
    const proposal = this.proposal
    if (!proposal) return
    this.proposal = null
    this.baseline = proposal.merged
    // Merging the very file we have open takes in what was written there (a project merge validated): saving over it is then safe.
    if (proposal.fromPath === this.path) this.disk = proposal.fromDisk
  }

  /** Compares the file on disk with what this window last read or wrote there. */
  async checkDisk(path: string): Promise<DiskCheck> {
    if (path !== this.path) return { changed: false, good: false }
    const identity = await identityOf(path)
    if (identity === null) return { changed: false, good: false }
    if (sameIdentity(identity, this.disk.identity)) return { changed: false, good: this.disk.good }
    // Touched, copied back or rewritten with the same bytes: still ours if the content is.
    const hash = await hashFile(path)
    if (hash !== this.disk.hash) return { changed: true, good: false }
    this.disk = { ...this.disk, identity }
    return { changed: false, good: this.disk.good }
  }
}

/** What is on disk at `path` now, when its content is `hash` (just read or just written). */
export async function diskRecord(path: string, hash: string | null, good = true): Promise<DiskRecord> {
  return { identity: await identityOf(path), hash, good }
}
