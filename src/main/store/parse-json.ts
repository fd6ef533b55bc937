import type { z } from 'zod'
import { fail, ok, type Result } from '../../shared/errors'

/**
 * Reads the JSON text of one of main's own small files (identity, recent list, settings) against its schema.
 * `where` names the file in the refusal; the file's content is never quoted.
 */
export function parseJsonWith<T>(schema: z.ZodType<T>, where: string): (text: string) => Result<T> {
  return (text) => {
    try {
      const parsed = schema.safeParse(JSON.parse(text))
      return parsed.success ? ok(parsed.data) : fail('errorProjectInvalid', { where })
    } catch {
      return fail('errorProjectNotJson')
    }
  }
}
