import type { z } from 'zod'
import { legalSchema } from '../document/schema'
import { fail, ok, type Result } from '../errors'
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
    return fail('errorProjectNotJson', {}, (error as Error).message)
  }
  return validate(data)
}

/** Validates already-parsed data as a project (used for files and for what the renderer sends to save). */
export function validateProject(input: unknown): Result<ProjectFile> {
  const data = migratedProjectData(input)
  if (!data.ok) return data
  let parsed: ReturnType<typeof projectFileSchema.safeParse>
  try {
    parsed = projectFileSchema.safeParse(data.value)
  } catch (error) {
    // Absurdly deep nesting exhausts the stack: that is a damaged file, not a crash.
    return fail('errorProjectInvalid', { where: '(root)' }, (error as Error).message)
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
  const where = [...prefix, ...(issue?.path ?? [])].map(String).join('.') || '(root)'
  return fail('errorProjectInvalid', { where }, issue?.message)
}

/** Whether the legal text's JSON builds a valid document of the legal schema. */
export function checkDocumentContent(content: unknown, where = 'document.content'): Result<null> {
  try {
    legalSchema.nodeFromJSON(content).check()
    return ok(null)
  } catch (error) {
    return fail('errorProjectInvalid', { where }, (error as Error).message)
  }
}

/** The text written to disk: stable key order, two-space indent so diffs between versions stay readable. */
export function serialiseProject(project: ProjectFile): string {
  return JSON.stringify(project, null, 2) + '\n'
}
