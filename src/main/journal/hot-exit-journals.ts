import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RecoveryOffer } from '../../shared/ipc'
import { countChangedItems, type JournalChange } from '../../shared/journal/journal-change'
import type { ProjectFile } from '../../shared/project/schema'
import { SerialQueue } from '../session/serial-queue'
import { hashFile } from '../store/file-identity'
import { appendToJournal, compactRecords, readJournal, removeJournal, writeJournal, type JournalContents, type JournalHeader, type JournalRecord } from './journal-file'

/**
 * Hot exit: each window's unsaved edits, journaled in the app-data folder (`hot-exit/`) until the project is
 * saved, so that a crash, a kill or a power cut loses none of them. A journal belongs to one project as it is
 * in one file: its project id, its path and the SHA-256 of the file's content the edits were made on
 * (untitled projects: the id alone, and the project the edits started from). A journal this process does
 * not own (left by a process that died) is offered for restore once; restoring hands it to the window that
 * restored it, so it is never offered or restored twice.
 */

/** Which project, in which file with which content, a window's edits apply to. */
export interface JournalKey {
  projectId: string
  path: string | null
  fileHash: string | null
}

/** A batch of edits a window sends (already validated by the IPC contract). */
export interface JournalAppend {
  projectId: string
  revision: number
  changes: JournalChange[]
  /** The project the edits start from, for an untitled project's first batch. */
  base?: ProjectFile
}

interface WindowJournal {
  file: string
  key: JournalKey
  /** Whether the journal's header is on disk. */
  exists: boolean
  /** The newest revision journaled, and the newest the project file holds (a batch at or below it is saved already). */
  newestRevision: number
  savedRevision: number
  /** Bytes appended since the journal was last written whole. */
  appended: number
}

/** A journal restored into a window: the project it applies to is opened by the caller. */
export interface TakenJournal {
  file: string
  contents: JournalContents
}

const journalExtension = '.jsonl'
/** A journal that has grown past this is compacted (rewritten atomically with each item's last value). */
const compactAfterBytes = 64 * 1024 * 1024
const sameKey = (a: JournalKey, b: JournalKey) => a.projectId === b.projectId && a.path === b.path && a.fileHash === b.fileHash

export class HotExitJournals {
  readonly folder: string
  private readonly windows = new Map<number, WindowJournal>()
  private readonly queues = new Map<number, SerialQueue>()
  /** Journals being restored (taken from an offer, not yet adopted by their window). */
  private readonly taking = new Set<string>()
  /** Offered journals by offer id: an id restores or discards once. */
  private readonly offers = new Map<string, string>()

  constructor(
    appDataDir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.folder = join(appDataDir, 'hot-exit')
  }

  private queue(windowId: number): SerialQueue {
    let queue = this.queues.get(windowId)
    if (!queue) this.queues.set(windowId, (queue = new SerialQueue()))
    return queue
  }

  /** A new journal file for `key`: named by a digest of the key (never the path itself) and a token of this session. */
  private fileFor(key: JournalKey): string {
    const digest = createHash('sha256').update(`${key.projectId}\0${key.path ?? ''}\0${key.fileHash ?? 'untitled'}`).digest('hex').slice(0, 24)
    return join(this.folder, `${digest}.${randomBytes(6).toString('hex')}${journalExtension}`)
  }

  private header(key: JournalKey, title: string, base?: ProjectFile): JournalHeader {
    return { kind: 'header', version: 1, projectId: key.projectId, path: key.path, fileHash: key.fileHash, title, ...(base ? { base } : {}) }
  }

  /**
   * Journals one batch of a window's edits, fsynced before it returns. `needBase`: the window's untitled
   * project has no journal yet and the batch did not carry the project it starts from (the renderer resends it).
   */
  append(windowId: number, key: JournalKey, batch: JournalAppend, title: string): Promise<{ needBase: boolean }> {
    return this.queue(windowId).run(async () => {
      let journal = this.windows.get(windowId)
      if (journal && !sameKey(journal.key, key)) journal = undefined
      if (journal && batch.revision <= journal.savedRevision) return { needBase: false }
      if (batch.changes.length === 0) return { needBase: false }
      const fresh = !journal?.exists
      if (fresh && key.path === null && !batch.base) return { needBase: true }
      journal ??= { file: this.fileFor(key), key, exists: false, newestRevision: 0, savedRevision: 0, appended: 0 }
      const record: JournalRecord = { kind: 'edits', revision: batch.revision, at: this.now().toISOString(), changes: batch.changes }
      await mkdir(this.folder, { recursive: true })
      const bytes = await appendToJournal(journal.file, fresh ? [this.header(key, title, key.path === null ? batch.base : undefined), record] : [record], fresh)
      const next = { ...journal, exists: true, newestRevision: Math.max(journal.newestRevision, batch.revision), appended: journal.appended + bytes }
      if (next.appended > compactAfterBytes) {
        const contents = await readJournal(next.file)
        if (contents) await writeJournal(next.file, { header: contents.header, records: compactRecords(contents.records) })
        next.appended = 0
      }
      this.windows.set(windowId, next)
      return { needBase: false }
    })
  }

  /**
   * The window saved `revision` to the file now identified by `key`: the journal keeps only edits newer than
   * that, moved to a journal of the new key (the saved file is what they now apply to), or goes away.
   */
  saved(windowId: number, revision: number, key: JournalKey, title: string): Promise<void> {
    return this.queue(windowId).run(async () => {
      const journal = this.windows.get(windowId)
      const next: WindowJournal = { file: this.fileFor(key), key, exists: false, newestRevision: 0, savedRevision: revision, appended: 0 }
      if (journal?.exists && journal.newestRevision > revision) {
        const contents = await readJournal(journal.file)
        const newer = contents?.records.filter((record) => record.revision > revision) ?? []
        if (newer.length > 0) {
          await writeJournal(next.file, { header: this.header(key, title), records: newer })
          Object.assign(next, { exists: true, newestRevision: Math.max(...newer.map((record) => record.revision)) })
        }
      }
      if (journal?.exists) await removeJournal(journal.file)
      this.windows.set(windowId, next)
    })
  }

  /** The user threw the window's unsaved edits away (or closed it without saving). */
  discardWindow(windowId: number): Promise<void> {
    return this.queue(windowId).run(async () => {
      const journal = this.windows.get(windowId)
      this.windows.delete(windowId)
      if (journal?.exists) await removeJournal(journal.file)
    })
  }

  /** The window closed: its journal stays on disk only if it was not saved or discarded first. */
  releaseWindow(windowId: number): void {
    this.windows.delete(windowId)
    this.queues.delete(windowId)
  }

  private owned(): Set<string> {
    return new Set([...[...this.windows.values()].map((journal) => journal.file), ...this.taking])
  }

  /** Journals on disk that no window of this process owns, with their contents; empty ones are removed. */
  private async orphans(): Promise<TakenJournal[]> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const owned = this.owned()
    const found: TakenJournal[] = []
    for (const name of names.filter((entry) => entry.endsWith(journalExtension))) {
      const file = join(this.folder, name)
      if (owned.has(file)) continue
      const contents = await readJournal(file)
      if (contents && contents.records.length > 0) found.push({ file, contents })
      else if (contents) await removeJournal(file)
    }
    return found
  }

  /**
   * The unsaved work to offer the window: a journal of its open project first (`current`), then the newest
   * other one. A journal whose file is gone is not offered (it stays, in case the file comes back).
   */
  async offer(current: { projectId: string } | null): Promise<RecoveryOffer | null> {
    const candidates: { journal: TakenJournal; olderVersion: boolean; lastAt: string }[] = []
    for (const journal of await this.orphans()) {
      const { header, records } = journal.contents
      const onDisk = header.path === null ? null : await hashFile(header.path)
      if (header.path !== null && onDisk === null) continue
      candidates.push({ journal, olderVersion: header.path !== null && onDisk !== header.fileHash, lastAt: records.at(-1)!.at })
    }
    const rank = (candidate: (typeof candidates)[number]) => (candidate.journal.contents.header.projectId === current?.projectId ? 1 : 0)
    candidates.sort((a, b) => rank(b) - rank(a) || b.lastAt.localeCompare(a.lastAt))
    const chosen = candidates[0]
    if (!chosen) return null
    const offerId = randomBytes(12).toString('hex')
    this.offers.set(offerId, chosen.journal.file)
    const { header, records } = chosen.journal.contents
    return {
      offerId,
      title: header.title,
      fileName: header.path === null ? null : basename(header.path),
      changes: countChangedItems(records.flatMap((record) => record.changes)),
      firstAt: records[0]!.since ?? records[0]!.at,
      lastAt: chosen.lastAt,
      olderVersion: chosen.olderVersion
    }
  }

  /** The journal of an offer, once: no other window can take it while it is restored. Null: gone or taken. */
  async take(offerId: string): Promise<TakenJournal | null> {
    const file = this.offers.get(offerId)
    this.offers.delete(offerId)
    if (!file || this.owned().has(file)) return null
    this.taking.add(file)
    const contents = await readJournal(file).catch(() => null)
    if (contents && contents.records.length > 0) return { file, contents }
    this.taking.delete(file)
    return null
  }

  /** A taken journal could not be restored (its file would not open): it is offered again later. */
  giveBack(taken: TakenJournal): void {
    this.taking.delete(taken.file)
  }

  /**
   * The window restored a taken journal into its project (opened at `key`): the journal becomes the window's
   * own, rewritten for that key, its edits counted as older than any the renderer makes from now on.
   */
  adopt(windowId: number, taken: TakenJournal, key: JournalKey): Promise<void> {
    return this.queue(windowId).run(async () => {
      try {
        const previous = this.windows.get(windowId)
        if (previous?.exists) await removeJournal(previous.file)
        const { header, records } = taken.contents
        const file = this.fileFor(key)
        await mkdir(this.folder, { recursive: true })
        await writeJournal(file, { header: { ...this.header(key, header.title, header.base) }, records: records.map((record) => ({ ...record, revision: 0 })) })
        await removeJournal(taken.file)
        this.windows.set(windowId, { file, key, exists: true, newestRevision: 0, savedRevision: 0, appended: 0 })
      } finally {
        this.taking.delete(taken.file)
      }
    })
  }

  /** Discards an offered journal (the user chose not to restore it). */
  async discardOffer(offerId: string): Promise<boolean> {
    const taken = await this.take(offerId)
    if (!taken) return false
    await removeJournal(taken.file)
    this.taking.delete(taken.file)
    return true
  }
}
