import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** A fresh temporary folder for each test, removed after it; call the returned function for its path. */
export function useTempFolder(prefix: string): () => string {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))
  return () => folder
}
