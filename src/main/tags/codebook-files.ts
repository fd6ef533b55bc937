import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { Tag } from '../../shared/annotations/types'
import { fail, ok, type Result } from '../../shared/errors'
import { formatBytes } from '../../shared/import/import-file'
import type { CodebookRead } from '../../shared/ipc'
import { codebookOf } from '../../shared/tags/codebook'
import { readCodebookCsv, writeCodebookCsv } from '../../shared/tags/codebook-csv'
import { guidOf, readCodebookQdc, writeCodebookQdc } from '../../shared/tags/codebook-qdc'
import { tagTree } from '../../shared/tags/taxonomy'
import { writeFileAtomic } from '../store/atomic-write'

/** The codebook formats: CSV, and REFI-QDA codebook XML. */
export type CodebookFormat = 'csv' | 'qdc'

/** Codebooks larger than this are refused before reading (a codebook of 10,000 tags is well under 5 MB). */
export const codebookSizeLimit = 5 * 1024 * 1024

/** The file's text in the chosen format; QDC codes carry GUIDs made from the tags' ids. */
export function codebookText(tags: readonly Tag[], format: CodebookFormat): string {
  const entries = codebookOf(tags)
  if (format === 'csv') return writeCodebookCsv(entries)
  // codebookOf lists the tags in tagTree order, so each entry's tag is the row at its index.
  const rows = tagTree(tags)
  return writeCodebookQdc(
    entries.map((entry, index) => ({ ...entry, guid: guidOf(rows[index]!.tag.id) })),
    'Glossa'
  )
}

/** Writes the taxonomy as a codebook, atomically. */
export async function writeCodebookFile(path: string, tags: readonly Tag[], format: CodebookFormat): Promise<void> {
  await writeFileAtomic(path, codebookText(tags, format))
}

/** Reads a codebook file: CSV by its extension, else REFI-QDA XML (.qdc, .qde, .xml) when it looks like XML. */
export async function readCodebookFile(path: string): Promise<Result<CodebookRead>> {
  const fileName = basename(path)
  const { size } = await stat(path)
  if (size > codebookSizeLimit) return fail('errorCodebookTooLarge', { size: formatBytes(size), limit: formatBytes(codebookSizeLimit) })
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '')
  const isCsv = extname(path).toLowerCase() === '.csv' || !text.trimStart().startsWith('<')
  if (isCsv) {
    const read = readCodebookCsv(text)
    return read.ok ? ok({ fileName, entries: read.value.entries, badColours: read.value.badColours.map((bad) => bad.value) }) : read
  }
  const read = readCodebookQdc(text)
  return read.ok ? ok({ fileName, entries: read.value, badColours: [] }) : read
}
