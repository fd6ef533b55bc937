import { z } from 'zod'
import { annotationSchema } from '../annotations/schema'
import type { Annotation } from '../annotations/types'
import { fail, ok, type Result } from '../errors'
import { jsonEqual } from './json-equal'
import { checkDocumentContent, migratedProjectData, schemaRefusal } from './parse'
import { legalDocumentSchema, projectFileSchema, syncStateSchema, type ProjectFile, type SyncState } from './schema'

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
    return fail('errorProjectInvalid', { where: '(root)' }, (error as Error).message)
  }
}

function validateShellAndChanges(data: unknown, known: ProjectFile, alsoKnown: ProjectFile | undefined): Result<ProjectFile> {
  const shell = shellSchema.safeParse(data)
  if (!shell.success) return schemaRefusal(shell.error)
  const document = validDocument(shell.data.document, known.document)
  if (!document.ok) return document
  const sync = validSync(shell.data.sync, known.sync)
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
  return ok({ ...shell.data, document: document.value, annotations, sync: sync.value })
}

const byId = (project: ProjectFile) => new Map(project.annotations.map((annotation) => [annotation.id, annotation]))

/** The known annotation, when `item` equals it. */
const equalKnown = (item: unknown, known: Annotation | undefined) => (known && jsonEqual(item, known) ? known : undefined)

function validSync(input: unknown, known: SyncState): Result<SyncState> {
  if (jsonEqual(input, known)) return ok(known)
  const parsed = syncStateSchema.safeParse(input)
  return parsed.success ? ok(parsed.data) : schemaRefusal(parsed.error, ['sync'])
}

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
