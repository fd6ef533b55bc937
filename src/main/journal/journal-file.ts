import { open, readFile, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { journalChangeKey, journalChangeSchema, maxChangesPerRecord, type JournalChange } from '../../shared/journal/journal-change'
import { checkDocumentContent, validateProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { fsyncFolder, writeFileAtomic } from '../store/atomic-write'

/**
 * One hot-exit journal on disk: JSON lines, a header first, then one line per batch of edits. Lines are only
 * ever appended, each fsynced before the append is answered; a power cut can tear only the last line, which
 * reading ignores. Reading validates every line as main validates an IPC message: a line that fails is skipped.
 */

export interface JournalHeader {
  kind: 'header'
  version: 1
  projectId: string
  /** The project file the edits apply to, and the SHA-256 of its content then; both null for an untitled project. */
  path: string | null
  fileHash: string | null
  title: string
  /** An untitled project has no file to apply the edits to: the journal starts from this. */
  base?: ProjectFile
}

export interface JournalRecord {
  kind: 'edits'
  /** The renderer's revision these edits reached (a save of this revision or a newer one contains them). */
  revision: number
  at: string
  /** A compacted record stands for edits journaled from this time on (see `compactRecords`). */
  since?: string
  changes: JournalChange[]
}

export interface JournalContents {
  header: JournalHeader
  records: JournalRecord[]
}

const headerSchema = z
  .object({
    kind: z.literal('header'),
    version: z.literal(1),
    projectId: z.string().min(1).max(200),
    path: z.string().max(32_768).nullable(),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    title: z.string().max(1000),
    base: z.unknown().optional()
  })
  .strict()

const recordSchema = z
  .object({
    kind: z.literal('edits'),
    revision: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    at: z.iso.datetime({ offset: true }),
    since: z.iso.datetime({ offset: true }).optional(),
    changes: z.array(journalChangeSchema).max(maxChangesPerRecord)
  })
  .strict()

/** Whether every changed text is a valid document of the legal schema (zod checks only its JSON shape). */
export function documentsValid(changes: readonly JournalChange[]): boolean {
  return changes.every((change) => {
    if (change.in === 'document') return change.value === null || checkDocumentContent(change.value.content).ok
    if (change.in === 'editions') return change.value.every((edition) => checkDocumentContent(edition.content).ok)
    return true
  })
}

function parseHeader(line: string): JournalHeader | null {
  const parsed = headerSchema.safeParse(safeJson(line))
  if (!parsed.success) return null
  const { base, ...header } = parsed.data
  if (base === undefined) return header
  const project = validateProject(base)
  return project.ok ? { ...header, base: project.value } : null
}

function parseRecord(line: string): JournalRecord | null {
  const parsed = recordSchema.safeParse(safeJson(line))
  return parsed.success && documentsValid(parsed.data.changes) ? parsed.data : null
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}

/** The journal at `path`, or null when there is none or its header is unreadable (no edit was journaled after it). */
export async function readJournal(path: string): Promise<JournalContents | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const lines = text.split('\n')
  const header = parseHeader(lines[0] ?? '')
  if (!header) return null
  const records: JournalRecord[] = []
  // A torn last line (no newline after it) or a damaged line fails to parse and is left out.
  for (const line of lines.slice(1)) {
    const record = line ? parseRecord(line) : null
    if (record) records.push(record)
  }
  return { header, records }
}

const asLines = (entries: readonly (JournalHeader | JournalRecord)[]) => entries.map((entry) => JSON.stringify(entry) + '\n').join('')

/** Appends lines and fsyncs them; a journal created here has its folder entry fsynced too. Returns the bytes written. */
export async function appendToJournal(path: string, entries: readonly (JournalHeader | JournalRecord)[], created: boolean): Promise<number> {
  const text = asLines(entries)
  const handle = await open(path, 'a')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (created) await fsyncFolder(dirname(path))
  return Buffer.byteLength(text, 'utf8')
}

/** Replaces a journal as a whole (a new key after a save, restored edits taken over): atomically. */
export async function writeJournal(path: string, contents: JournalContents): Promise<void> {
  await writeFileAtomic(path, asLines([contents.header, ...contents.records]))
}

/**
 * The records as one: each item's last change, in the order of those last changes (every change names the
 * item's whole value, so this replays to the same project). Keeps a journal of long typing in a large text,
 * where each batch carries the text, from growing without end.
 */
export function compactRecords(records: readonly JournalRecord[]): JournalRecord[] {
  if (records.length <= 1) return [...records]
  const last = new Map<string, JournalChange>()
  for (const record of records)
    for (const change of record.changes) {
      const key = journalChangeKey(change)
      last.delete(key)
      last.set(key, change)
    }
  return [
    {
      kind: 'edits',
      revision: Math.max(...records.map((record) => record.revision)),
      at: records.at(-1)!.at,
      since: records[0]!.since ?? records[0]!.at,
      changes: [...last.values()]
    }
  ]
}

export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true })
}
