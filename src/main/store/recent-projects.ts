import { access, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { fail, ok, type Result } from '../../shared/errors'
import type { RecentProject } from '../../shared/ipc'
import { FileRefusedError, ValidatedJSONFile } from './json-file'

/** The recent-projects list, kept in the user's app-data folder. */

const maxRecent = 10

const recentSchema = z.object({
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).max(100)
})
type RecentFile = z.infer<typeof recentSchema>

function parseRecent(text: string): Result<RecentFile> {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(text))
    return parsed.success ? ok(parsed.data) : fail('errorProjectInvalid', { where: 'recent' })
  } catch {
    return fail('errorProjectNotJson')
  }
}

export class RecentProjects {
  private readonly db: Low<RecentFile>
  private readonly path: string

  constructor(appDataDir: string) {
    this.path = join(appDataDir, 'recent-projects.json')
    const adapter = new ValidatedJSONFile<RecentFile>(this.path, {
      parse: parseRecent,
      serialise: (data) => JSON.stringify(data, null, 2) + '\n',
      maxBytes: 1024 * 1024
    })
    this.db = new Low(adapter, { recent: [] })
  }

  async list(): Promise<RecentProject[]> {
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
    const exists = await access(this.path).then(
      () => true,
      () => false
    )
    if (exists) return false
    this.db.data = { recent: [] }
    await this.save()
    return true
  }

  async add(entry: RecentProject): Promise<RecentProject[]> {
    const current = await this.list()
    this.db.data = { recent: [entry, ...current.filter((item) => item.path !== entry.path)].slice(0, maxRecent) }
    await this.save()
    return this.db.data.recent
  }

  async remove(path: string): Promise<RecentProject[]> {
    const current = await this.list()
    this.db.data = { recent: current.filter((item) => item.path !== path) }
    await this.save()
    return this.db.data.recent
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true })
    await this.db.write()
  }
}
