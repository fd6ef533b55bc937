import { open, rename, rm } from 'node:fs/promises'

/**
 * The file system steps of an atomic write, as one small seam: tests inject a fault at any step
 * (write-faults.test.ts) without mocking the store around it.
 */
export interface WriteFs {
  /** Creates a new file for writing; fails when it exists. */
  open(path: string): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  /** Removes a file if it is there; never fails (cleaning up after a failed write must not hide its error). */
  remove(path: string): Promise<void>
  syncFolder(folder: string): Promise<void>
}

export interface WriteHandle {
  write(content: string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export const nodeWriteFs: WriteFs = {
  async open(path) {
    const handle = await open(path, 'wx')
    return {
      write: (content) => handle.writeFile(content, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close()
    }
  },
  rename,
  remove: (path) => rm(path, { force: true }).catch(() => undefined),
  async syncFolder(folder) {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}
