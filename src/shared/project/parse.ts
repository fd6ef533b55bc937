import { legalSchema } from '../document/schema'
import { fail, ok, type Result } from '../errors'
import { migrateProject } from './migrations'
import { currentSchemaVersion, projectFileSchema, projectFormat, type ProjectFile } from './schema'

/**
 * Reads a project file's text. Refuses, with a reason the user can act on, anything that is not JSON,
 * not a Glossa project, from a newer Glossa, or not a valid project. Never throws.
 */
export function parseProjectFile(text: string): Result<ProjectFile> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail('errorProjectNotJson', {}, (error as Error).message)
  }
  return validateProject(data)
}

/** Validates already-parsed data as a project (used for files and for what the renderer sends to save). */
export function validateProject(input: unknown): Result<ProjectFile> {
  let data = input
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== projectFormat) {
    return fail('errorProjectNotGlossa')
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > currentSchemaVersion) {
    return fail('errorProjectTooNew', { version, supported: currentSchemaVersion })
  }
  data = migrateProject(data)
  let parsed: ReturnType<typeof projectFileSchema.safeParse>
  try {
    parsed = projectFileSchema.safeParse(data)
  } catch (error) {
    // Absurdly deep nesting exhausts the stack: that is a damaged file, not a crash.
    return fail('errorProjectInvalid', { where: '(root)' }, (error as Error).message)
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? issue.path.join('.') || '(root)' : '(root)'
    return fail('errorProjectInvalid', { where }, issue?.message)
  }
  if (parsed.data.document) {
    try {
      legalSchema.nodeFromJSON(parsed.data.document.content).check()
    } catch (error) {
      return fail('errorProjectInvalid', { where: 'document.content' }, (error as Error).message)
    }
  }
  return ok(parsed.data)
}

/** The text written to disk: stable key order, two-space indent so diffs between versions stay readable. */
export function serialiseProject(project: ProjectFile): string {
  return JSON.stringify(project, null, 2) + '\n'
}
