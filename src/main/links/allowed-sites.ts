import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { fail, ok, type Result } from '../../shared/errors'
import { FileRefusedError, ValidatedJSONFile } from '../store/json-file'

/** The sites whose links the user chose to "always allow", kept in the app-data folder. */

const allowedSchema = z.object({ sites: z.array(z.string().min(1).max(300)).max(10_000) }).strict()
type AllowedFile = z.infer<typeof allowedSchema>

function parseAllowed(text: string): Result<AllowedFile> {
  try {
    const parsed = allowedSchema.safeParse(JSON.parse(text))
    return parsed.success ? ok(parsed.data) : fail('errorProjectInvalid', { where: 'allowed-sites' })
  } catch {
    return fail('errorProjectNotJson')
  }
}

export class AllowedSites {
  private readonly db: Low<AllowedFile>
  readonly path: string

  constructor(appDataDir: string) {
    this.path = join(appDataDir, 'allowed-sites.json')
    this.db = new Low(new ValidatedJSONFile<AllowedFile>(this.path, { parse: parseAllowed, serialise: (data) => JSON.stringify(data, null, 2) + '\n', maxBytes: 1024 * 1024 }), {
      sites: []
    })
  }

  async list(): Promise<ReadonlySet<string>> {
    try {
      await this.db.read()
    } catch (error) {
      // A damaged list allows nothing: every site is asked about again, which is safe.
      if (!(error instanceof FileRefusedError)) throw error
      this.db.data = { sites: [] }
    }
    return new Set(this.db.data.sites)
  }

  async allow(site: string): Promise<void> {
    const sites = await this.list()
    if (sites.has(site)) return
    this.db.data = { sites: [...sites, site] }
    await mkdir(dirname(this.path), { recursive: true })
    await this.db.write()
  }
}
