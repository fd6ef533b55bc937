import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { identitySchema, newIdentity, type Identity } from '../../shared/identity/identity'
import { FileRefusedError, ValidatedJSONFile } from './json-file'
import { parseJsonWith } from './parse-json'

const parseIdentity = parseJsonWith(identitySchema, 'identity')

/** The install's author identity in `identity.json` of the app-data folder, created with a random id on first use. */
export class IdentityStore {
  private readonly db: Low<Identity | null>

  constructor(appDataDir: string) {
    const path = join(appDataDir, 'identity.json')
    this.db = new Low<Identity | null>(new ValidatedJSONFile<Identity | null>(path, { parse: parseIdentity, serialise: (data) => JSON.stringify(data, null, 2) + '\n', maxBytes: 64 * 1024 }), null)
    this.folder = appDataDir
  }

  private readonly folder: string
  private cached: Identity | null = null

  /** The identity, created (random id, no name yet) the first time anyone asks. */
  async get(): Promise<Identity> {
    if (this.cached) return this.cached
    try {
      await this.db.read()
    } catch (error) {
      // A damaged identity file must not stop work: start a new identity (old annotations keep their author).
      if (!(error instanceof FileRefusedError)) throw error
      this.db.data = null
    }
    if (!this.db.data) await this.write(newIdentity(randomUUID()))
    this.cached = this.db.data!
    return this.cached
  }

  /** Sets the name and colour; the id never changes. */
  async set(change: { name: string; color: string }): Promise<Identity> {
    const current = await this.get()
    await this.write({ ...current, name: change.name, color: change.color })
    this.cached = this.db.data!
    return this.cached
  }

  private async write(identity: Identity): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    this.db.data = identity
    await this.db.write()
  }
}
