import { createHash } from 'node:crypto'
import { access, mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { RecentProject } from '../../shared/ipc'
import { FileRefusedError, ValidatedJSONFile } from './json-file'
import { parseJsonWith } from './parse-json'

/**
 * The recent-projects list, kept in the user's app-data folder. Main keeps the paths; the renderer sees each
 * entry by an id and its file name, and opens one by id, so it can never name a file that is not on the list.
 */

const maxRecent = 10

const recentSchema = z.object({
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).max(100)
})
type RecentFile = z.infer<typeof recentSchema>
/** An entry as kept on disk, with the path only main ever sees. */
export type RecentEntry = RecentFile['recent'][number]

/**
 * An entry's id: derived from its path, so it stays the same across restarts without storing it (older lists
 * have none). Knowing an id gives nothing: main resolves ids only against its own list.
 */
function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 24)
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  )

const parseRecent = parseJsonWith(recentSchema, 'recent')

/** What the desktop does with the list: the system's recent documents and the app's Open Recent menu. */
export interface RecentProjectsEvents {
  /** A project was opened or saved (the system's recent documents). */
  added?(path: string): void
  /** The list changed (the Open Recent menu). */
  changed?(list: RecentProject[]): void
}

export class RecentProjects {
  private readonly db: Low<RecentFile>
  private readonly path: string

  constructor(
    appDataDir: string,
    private readonly events: RecentProjectsEvents = {}
  ) {
    this.path = join(appDataDir, 'recent-projects.json')
    const adapter = new ValidatedJSONFile<RecentFile>(this.path, {
      parse: parseRecent,
      serialise: (data) => JSON.stringify(data, null, 2) + '\n',
      maxBytes: 1024 * 1024
    })
    this.db = new Low(adapter, { recent: [] })
  }

  /** The list as the renderer sees it: ids and file names, and whether each file is still there. */
  async list(): Promise<RecentProject[]> {
    return Promise.all(
      (await this.entries()).map(async (entry) => ({
        id: recentId(entry.path),
        title: entry.title,
        fileName: basename(entry.path),
        openedAt: entry.openedAt,
        missing: !(await exists(entry.path))
      }))
    )
  }

  /** Where the entry with this id lives; null when no entry has it. */
  async pathFor(id: string): Promise<string | null> {
    return (await this.entries()).find((entry) => recentId(entry.path) === id)?.path ?? null
  }

  async entries(): Promise<RecentEntry[]> {
    try {
      await this.db.read()
    } catch (error) {
      // A damaged list is not worth stopping for: start a fresh one.
      if (!(error instanceof FileRefusedError)) throw error
      this.db.data = { recent: [] }
    }
    return this.db.data.recent
  }

  /** Creates the list if Glossa has never kept one; true on that very first launch. */
  async startFirstTime(): Promise<boolean> {
    if (await exists(this.path)) return false
    this.db.data = { recent: [] }
    await this.save()
    return true
  }

  async add(entry: RecentEntry): Promise<RecentProject[]> {
    const current = await this.entries()
    // Saving the project already at the top changes nothing worth a write (every autosave would rewrite the list).
    if (current[0]?.path === entry.path && current[0].title === entry.title) return this.list()
    this.db.data = { recent: [entry, ...current.filter((item) => item.path !== entry.path)].slice(0, maxRecent) }
    await this.save()
    this.events.added?.(entry.path)
    return this.changed()
  }

  async remove(path: string): Promise<RecentProject[]> {
    return this.keep((item) => item.path !== path)
  }

  /** Takes the entry with this id off the list (the user removes a missing file); unknown ids change nothing. */
  async removeById(id: string): Promise<RecentProject[]> {
    return this.keep((item) => recentId(item.path) !== id)
  }

  async clear(): Promise<RecentProject[]> {
    return this.keep(() => false)
  }

  private async keep(wanted: (entry: RecentEntry) => boolean): Promise<RecentProject[]> {
    const current = await this.entries()
    const kept = current.filter(wanted)
    if (kept.length === current.length) return this.list()
    this.db.data = { recent: kept }
    await this.save()
    return this.changed()
  }

  private async changed(): Promise<RecentProject[]> {
    const list = await this.list()
    this.events.changed?.(list)
    return list
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true })
    await this.db.write()
  }
}
