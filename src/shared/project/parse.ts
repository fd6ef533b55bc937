import type { z } from 'zod'
import { legalSchema } from '../document/schema'
import { fail, ok, type Result } from '../errors'
import { checkDocumentLimits } from './limits'
import { migrateProject } from './migrations'
import { currentSchemaVersion, projectFileSchema, projectFormat, type ProjectFile } from './schema'

/**
 * Reads a project file's text. Refuses, with a reason the user can act on, anything that is not JSON,
 * not a Glossa project, from a newer Glossa, or not a valid project. Never throws. `validate` may check
 * against a project already validated (see validate-changes.ts).
 */
export function parseProjectFile(text: string, validate: (data: unknown) => Result<ProjectFile> = validateProject): Result<ProjectFile> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail('errorProjectNotJson', {}, jsonErrorDetail(error as Error, text))
  }
  return validate(data)
}

/**
 * Where JSON.parse stopped, without its own words: newer engines quote the text around the error, and no
 * message may quote a file's content (it may be anyone's file, and is shown and logged).
 */
function jsonErrorDetail(error: Error, text: string): string {
  const position = /position (\d+)/.exec(error.message)?.[1]
  if (position !== undefined) return `position ${position}`
  return /end of (JSON|data) input/i.test(error.message) ? `position ${text.length}` : 'invalid JSON'
}

/** A validator's message without what it quotes ("…" for each quoted part): keys and values come from the file. */
function withoutQuotes(message: string | undefined): string | undefined {
  return message?.replace(/"[^"]*"|'[^']*'|<[^>]*>/g, '…')
}

/** A path segment of a schema refusal: a field name or index of ours, or "…" for a key the file chose. */
function pathSegment(segment: PropertyKey): string {
  const text = String(segment)
  return /^(\d+|[A-Za-z_][A-Za-z0-9_:-]{0,63})$/.test(text) ? text : '…'
}

/** Validates already-parsed data as a project (used for files and for what the renderer sends to save). */
export function validateProject(input: unknown): Result<ProjectFile> {
  const data = migratedProjectData(input)
  if (!data.ok) return data
  // Before the schema: validating ten million nodes would take minutes only to refuse them.
  const document = (data.value as { document?: { content?: unknown } | null }).document
  const withinLimits = checkDocumentLimits(typeof document === 'object' && document !== null ? document.content : null)
  if (!withinLimits.ok) return withinLimits
  let parsed: ReturnType<typeof projectFileSchema.safeParse>
  try {
    parsed = projectFileSchema.safeParse(data.value)
  } catch (error) {
    // Absurdly deep nesting exhausts the stack: that is a damaged file, not a crash.
    return fail('errorProjectInvalid', { where: '(root)' }, (error as Error).name)
  }
  if (!parsed.success) return schemaRefusal(parsed.error)
  for (const [index, document] of [parsed.data.document, ...parsed.data.editions].entries()) {
    if (!document) continue
    const checked = checkDocumentContent(document.content, index === 0 ? 'document.content' : `editions.${index - 1}.content`)
    if (!checked.ok) return checked
  }
  return ok(parsed.data)
}

/** What every validation starts with: a Glossa project, not from a newer Glossa, migrated to the current version. */
export function migratedProjectData(input: unknown): Result<unknown> {
  if (typeof input !== 'object' || input === null || (input as { format?: unknown }).format !== projectFormat) {
    return fail('errorProjectNotGlossa')
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > currentSchemaVersion) {
    return fail('errorProjectTooNew', { version, supported: currentSchemaVersion })
  }
  return ok(migrateProject(input))
}

/** A failed schema parse as the user's message: where the first problem is (below `prefix`) and what it is. */
export function schemaRefusal(error: z.ZodError, prefix: (string | number)[] = []): Result<never> {
  const issue = error.issues[0]
  const where = [...prefix, ...(issue?.path ?? [])].map(pathSegment).join('.') || '(root)'
  return fail('errorProjectInvalid', { where }, withoutQuotes(issue?.message))
}

/** Whether the legal text's JSON builds a valid document of the legal schema. */
export function checkDocumentContent(content: unknown, where = 'document.content'): Result<null> {
  const withinLimits = checkDocumentLimits(content)
  if (!withinLimits.ok) return withinLimits
  try {
    legalSchema.nodeFromJSON(content).check()
    return ok(null)
  } catch (error) {
    // ProseMirror's message quotes the offending content: only its first words are kept.
    return fail('errorProjectInvalid', { where }, withoutQuotes((error as Error).message.split(':')[0]))
  }
}

/** The text written to disk: stable key order, two-space indent so diffs between versions stay readable. */
export function serialiseProject(project: ProjectFile): string {
  return JSON.stringify(project, null, 2) + '\n'
}
