import { z } from 'zod'
import { annotationSchema } from '../annotations/schema'
import type { Annotation } from '../annotations/types'
import { fail, ok, type Result } from '../errors'
import { jsonEqual } from './json-equal'
import { checkDocumentContent, migratedProjectData, schemaRefusal } from './parse'
import { editionSchema, legalDocumentSchema, maxEditions, projectFileSchema, syncStateSchema, type Edition, type ProjectFile, type SyncState } from './schema'

/**
 * Validates a project against one already validated (`known`: what main last read, wrote or holds as mine),
 * checking in full only what differs from it: an annotation equal to the known one with its id, or a
 * document or sync state equal to the known one, is valid already and is taken as the known object itself.
 * So a save after one change validates one annotation, not ten thousand, and callers can tell unchanged
 * annotations by identity (`===`). Everything else (meta, tags, sources: small) is validated in full.
 * The outcome is the same as `validateProject`'s: the same project, or the same refusal. A merge passes both
 * projects it merged (`alsoKnown`: theirs, validated too), so only what it combined is checked again.
 */

/** The project without the parts validated one by one below. */
const shellSchema = projectFileSchema.extend({
  document: z.unknown(),
  editions: z.array(z.unknown()).max(maxEditions),
  annotations: z.array(z.unknown()).max(1_000_000),
  sync: z.unknown()
})

export function validateProjectAgainst(input: unknown, known: ProjectFile, alsoKnown?: ProjectFile): Result<ProjectFile> {
  const data = migratedProjectData(input)
  if (!data.ok) return data
  try {
    return validateShellAndChanges(data.value, known, alsoKnown)
  } catch (error) {
    // Absurdly deep nesting exhausts the stack: that is a damaged file, not a crash.
    return fail('errorProjectInvalid', { where: '(root)' }, (error as Error).name)
  }
}

function validateShellAndChanges(data: unknown, known: ProjectFile, alsoKnown: ProjectFile | undefined): Result<ProjectFile> {
  const shell = shellSchema.safeParse(data)
  if (!shell.success) return schemaRefusal(shell.error)
  const document = validDocument(shell.data.document, known.document)
  if (!document.ok) return document
  const editions = validEditions(shell.data.editions, alsoKnown ? [...known.editions, ...alsoKnown.editions] : known.editions)
  if (!editions.ok) return editions
  const sync = validSync(shell.data.sync, alsoKnown ? [known.sync, alsoKnown.sync] : [known.sync])
  if (!sync.ok) return sync

  const knownById = byId(known)
  const alsoKnownById = alsoKnown ? byId(alsoKnown) : undefined
  const annotations: Annotation[] = []
  for (const [index, item] of shell.data.annotations.entries()) {
    const id = (item as { id?: unknown } | null)?.id
    const same = typeof id === 'string' ? equalKnown(item, knownById.get(id)) ?? equalKnown(item, alsoKnownById?.get(id)) : undefined
    if (same) {
      annotations.push(same)
      continue
    }
    const checked = annotationSchema.safeParse(item)
    if (!checked.success) return schemaRefusal(checked.error, ['annotations', index])
    annotations.push(checked.data)
  }
  return ok({ ...shell.data, document: document.value, editions: editions.value, annotations, sync: sync.value })
}

const byId = (project: ProjectFile) => new Map(project.annotations.map((annotation) => [annotation.id, annotation]))

/** The known annotation, when `item` equals it. */
const equalKnown = (item: unknown, known: Annotation | undefined) => (known && jsonEqual(item, known) ? known : undefined)

function validSync(input: unknown, known: SyncState[]): Result<SyncState> {
  if (jsonEqual(input, known[0])) return ok(known[0]!)
  const pieced = syncFromKnownEntries(input, known)
  if (pieced) return ok(pieced)
  // Something is wrong (or unusual): the full parse finds the first problem, as validateProject would.
  const parsed = syncStateSchema.safeParse(input)
  return parsed.success ? ok(parsed.data) : schemaRefusal(parsed.error, ['sync'])
}

const syncRecords = ['clocks', 'tombstones', 'hidden', 'seen'] as const
type SyncRecord = (typeof syncRecords)[number]

/**
 * The sync state when each of its records validates entry by entry, an entry equal to a known one (same key)
 * being valid already: what the full parse would give, without parsing ten thousand unchanged clocks again.
 * Null when the input is not shaped like a sync state or some new entry is invalid (the caller then parses
 * it in full, for the same refusal).
 */
function syncFromKnownEntries(input: unknown, known: SyncState[]): SyncState | null {
  if (!isPlainRecord(input) || Object.keys(input).some((key) => !(syncRecords as readonly string[]).includes(key))) return null
  const result: Partial<Record<SyncRecord, Record<string, unknown>>> = {}
  for (const name of syncRecords) {
    const record = recordFromKnownEntries(
      input[name],
      known.map((sync) => sync[name]),
      syncStateSchema.shape[name]
    )
    if (!record) return null
    result[name] = record
  }
  return result as SyncState
}

function recordFromKnownEntries(input: unknown, known: Record<string, unknown>[], schema: z.ZodType): Record<string, unknown> | null {
  if (!isPlainRecord(input)) return null
  const result: Record<string, unknown> = {}
  const fresh: Record<string, unknown> = {}
  let anyFresh = false
  for (const [key, value] of Object.entries(input)) {
    // Such a key would set the prototype when copied: left to the full parse.
    if (key === '__proto__') return null
    const same = knownEntry(known, key, value)
    // A fresh entry's place is kept (key order stays the input's) and filled once it is checked.
    result[key] = same
    if (same !== undefined) continue
    fresh[key] = value
    anyFresh = true
  }
  if (!anyFresh) return result
  const parsed = schema.safeParse(fresh)
  if (!parsed.success) return null
  Object.assign(result, parsed.data)
  return result
}

/** The known records' entry under `key` when it equals `value`. */
function knownEntry(known: Record<string, unknown>[], key: string, value: unknown): unknown {
  for (const record of known) {
    const entry = record[key]
    if (entry !== undefined && Object.hasOwn(record, key) && jsonEqual(value, entry)) return entry
  }
  return undefined
}

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

function validDocument(input: unknown, known: ProjectFile['document']): Result<ProjectFile['document']> {
  if (jsonEqual(input, known)) return ok(known)
  const parsed = legalDocumentSchema.nullable().safeParse(input)
  if (!parsed.success) return schemaRefusal(parsed.error, ['document'])
  if (parsed.data) {
    const checked = checkDocumentContent(parsed.data.content)
    if (!checked.ok) return checked
  }
  return ok(parsed.data)
}

/** Editions equal to a known one are taken as it (a whole law each: not parsed again on every save). */
function validEditions(input: unknown[], known: Edition[]): Result<Edition[]> {
  const editions: Edition[] = []
  for (const [index, item] of input.entries()) {
    const same = known.find((edition) => jsonEqual(item, edition))
    if (same) {
      editions.push(same)
      continue
    }
    const parsed = editionSchema.safeParse(item)
    if (!parsed.success) return schemaRefusal(parsed.error, ['editions', index])
    const checked = checkDocumentContent(parsed.data.content, `editions.${index}.content`)
    if (!checked.ok) return checked
    editions.push(parsed.data)
  }
  return ok(editions)
}
