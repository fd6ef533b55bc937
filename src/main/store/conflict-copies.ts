import { readdir } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

/**
 * Conflict copies beside a project: ours (a save that found another writer's version on disk is written
 * beside it, never over it) and those sync clients make when two computers changed the file at once.
 */

/** A file-name-safe version of an author's name (no separators, reserved characters or control characters). */
function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  return cleaned.slice(0, 60).trim() || 'Glossa'
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** `thesis (conflict copy, Aigerim, 2026-12-04 20-15-03).glossa`, beside `target`, in local time. */
export function conflictCopyPathFor(target: string, author: string, when: Date): string {
  const extension = extname(target)
  const stem = basename(target, extension)
  const time = `${when.getFullYear()}-${twoDigits(when.getMonth() + 1)}-${twoDigits(when.getDate())} ${twoDigits(when.getHours())}-${twoDigits(when.getMinutes())}-${twoDigits(when.getSeconds())}`
  return join(dirname(target), `${stem} (conflict copy, ${safeName(author)}, ${time})${extension}`)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Patterns of the names conflict copies of `stem` + `extension` get, by whoever makes them. */
function conflictPatterns(stem: string, extension: string): RegExp[] {
  const s = escape(stem)
  const e = escape(extension)
  return [
    // Glossa's own, and Dropbox: "thesis (Aigerim's conflicted copy 2026-12-04).glossa"; Nextcloud: "thesis (conflicted copy 2026-12-04 201503).glossa".
    new RegExp(`^${s} \\((?:conflict copy, .+|.*conflicted copy.*)\\)${e}$`, 'i'),
    // Syncthing: "thesis.sync-conflict-20261204-201503-ABCDEFG.glossa".
    new RegExp(`^${s}\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}${e}$`),
    // OneDrive: "thesis-DESKTOP-AB12CD.glossa" (the computer's name, which Windows keeps to 15 capitals, digits and hyphens).
    new RegExp(`^${s}-[A-Z0-9][A-Z0-9-]{0,14}${e}$`),
    // Google Drive: "thesis (1).glossa".
    new RegExp(`^${s} \\(\\d{1,3}\\)${e}$`)
  ]
}

/** The conflict copies of `target` in its folder, by path, in name order. */
export async function conflictCopiesOf(target: string): Promise<string[]> {
  const extension = extname(target)
  const patterns = conflictPatterns(basename(target, extension), extension)
  let names: string[]
  try {
    names = await readdir(dirname(target))
  } catch {
    return []
  }
  return names
    .filter((name) => name !== basename(target) && patterns.some((pattern) => pattern.test(name)))
    .sort()
    .map((name) => join(dirname(target), name))
}
