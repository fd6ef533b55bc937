import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Adapter } from 'lowdb'
import type { GlossaError, Result } from '../../shared/errors'
import { formatBytes } from '../../shared/import/import-file'
import { writeFileAtomic } from './atomic-write'

/** Thrown by a read that found a file it must not use; carries the user-facing reason. */
export class FileRefusedError extends Error {
  constructor(readonly refusal: GlossaError) {
    super(refusal.code)
  }
}

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
 * file is reported and never replaced by defaults.
 */
export class ValidatedJSONFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: ValidatedJSONFileOptions<T>
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      const { size } = await stat(this.path)
      if (size > this.options.maxBytes) throw new FileRefusedError({ code: 'errorProjectTooLarge', params: { size: formatBytes(size) } })
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if (error instanceof FileRefusedError) throw error
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new FileRefusedError({ code: 'errorFileUnreadable', params: { fileName: basename(this.path) }, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message })
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
