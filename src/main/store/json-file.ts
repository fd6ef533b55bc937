import { basename } from 'node:path'
import type { Adapter } from 'lowdb'
import type { Result } from '../../shared/errors'
import { writeFileAtomic } from './atomic-write'
import { FileRefusedError } from './file-refused'
import { readTextFile } from './text-file'

export { FileRefusedError } from './file-refused'

export interface ValidatedJSONFileOptions<T> {
  parse: (text: string) => Result<T>
  serialise: (data: T) => string
  maxBytes: number
  /** Runs before each write, e.g. to keep a backup of the previous version. */
  beforeWrite?: (path: string) => Promise<void>
}

/**
 * A lowdb adapter for a JSON file that is validated on read and written atomically. A missing file reads
 * as null (lowdb then uses its default); an unreadable or invalid one throws `FileRefusedError`, so a damaged
 * file is reported and never replaced by defaults. `lastReadHash` is the hash of the bytes last read.
 */
export class ValidatedJSONFile<T> implements Adapter<T> {
  lastReadHash: string | null = null

  constructor(
    readonly path: string,
    private readonly options: ValidatedJSONFileOptions<T>
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      const read = await readTextFile(this.path, this.options.maxBytes)
      text = read.text
      this.lastReadHash = read.hash
    } catch (error) {
      if (error instanceof FileRefusedError) throw error
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new FileRefusedError({ code: 'errorFileUnreadable', params: { fileName: basename(this.path) }, detail: (error as NodeJS.ErrnoException).code ?? 'EIO' })
    }
    const parsed = this.options.parse(text)
    if (!parsed.ok) throw new FileRefusedError(parsed.error)
    return parsed.value
  }

  async write(data: T): Promise<void> {
    await this.options.beforeWrite?.(this.path)
    await writeFileAtomic(this.path, this.options.serialise(data))
  }
}
