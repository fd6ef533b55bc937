import { nodeWriteFs, type WriteFs } from '../store/write-fs'

/** Moments of an atomic write where a test or bench lets something else happen (another program's write, say). */
export interface WriteHooks {
  /** Before the temporary file's bytes are written. */
  beforeWrite?: () => Promise<void>
  /** After the temporary file was fsynced. */
  afterSync?: () => Promise<void>
  /** Before each rename (a save's first is the backup's). */
  beforeRename?: () => Promise<void>
}

/** The real file system steps, running `hooks` at their moments. */
export function writeFsWith(hooks: WriteHooks): WriteFs {
  return {
    ...nodeWriteFs,
    async open(path) {
      const handle = await nodeWriteFs.open(path)
      return {
        ...handle,
        write: async (content) => {
          await hooks.beforeWrite?.()
          await handle.write(content)
        },
        sync: async () => {
          await handle.sync()
          await hooks.afterSync?.()
        }
      }
    },
    rename: async (from, to) => {
      await hooks.beforeRename?.()
      await nodeWriteFs.rename(from, to)
    }
  }
}
