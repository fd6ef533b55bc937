import { stat } from 'node:fs/promises'
import { previousVersionsKept } from '../../shared/project/versions'
import { keepAside, renameWithRetry } from './atomic-write'
import { nodeWriteFs, type WriteFs } from './write-fs'

/**
 * The backups kept beside a project: `X.glossa.bak` is always the version before the last save (as it has
 * been since the first Glossa), `X.glossa.bak2` to `.bak5` older ones. A save that would only replace a
 * version written moments ago (autosave every few seconds) replaces generation 1 alone; once generation 1 is
 * `spacingMs` newer than generation 2, the generations move down one and the oldest is dropped, so five
 * backups reach back hours, not five autosaves.
 */
export const backupGenerations = previousVersionsKept

/** Ten minutes between the versions kept, by default. */
export const defaultBackupSpacingMs = 10 * 60 * 1000

export function backupPathFor(target: string, generation = 1): string {
  return generation === 1 ? `${target}.bak` : `${target}.bak${generation}`
}

async function modifiedAt(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function renameIfPresent(from: string, to: string, fs: WriteFs): Promise<void> {
  try {
    await renameWithRetry(from, to, fs)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

export interface BackupOptions {
  spacingMs?: number
  fs?: WriteFs
}

/** Keeps the file now at `target` as backup generation 1, moving older generations down when it is time. */
export async function keepBackup(target: string, options: BackupOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeWriteFs
  const spacing = options.spacingMs ?? defaultBackupSpacingMs
  const [newest, next] = await Promise.all([modifiedAt(backupPathFor(target, 1)), modifiedAt(backupPathFor(target, 2))])
  if (newest !== null && (next === null || newest - next >= spacing)) {
    // Oldest first, each rename over the next older one: the oldest generation is dropped.
    for (let generation = backupGenerations - 1; generation >= 1; generation--) {
      await renameIfPresent(backupPathFor(target, generation), backupPathFor(target, generation + 1), fs)
    }
  }
  await keepAside(target, backupPathFor(target, 1), fs)
}

/** The generations that exist beside `target`, newest first, with when each was written. */
export async function existingBackups(target: string): Promise<{ generation: number; path: string; savedAt: Date }[]> {
  const found = await Promise.all(
    Array.from({ length: backupGenerations }, async (_, index) => {
      const path = backupPathFor(target, index + 1)
      const modified = await modifiedAt(path)
      return modified === null ? null : { generation: index + 1, path, savedAt: new Date(modified) }
    })
  )
  return found.filter((backup) => backup !== null)
}
