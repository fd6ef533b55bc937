import { basename } from 'node:path'
import { fail, type Result } from '../shared/errors'
import type { MessageKey } from '../shared/i18n/messages.en'
import { FileRefusedError } from './store/json-file'
import { FileNotFoundError } from './store/project-store'

/**
 * What a file operation threw, as the answer the user sees. Messages name the file by its file name and the
 * detail is the system's error code: main never sends the renderer a path (Node's messages quote it whole).
 */
export function errorDetail(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}

/** A read of `path` failed: refused as damaged or too large, not there, or not readable. */
export function readFailure(error: unknown, path: string): Result<never> {
  if (error instanceof FileRefusedError) return { ok: false, error: error.refusal }
  const missing = error instanceof FileNotFoundError || (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
  return missing ? fail('errorFileNotFound', { fileName: basename(path) }) : fail('errorFileUnreadable', { fileName: basename(path) }, errorDetail(error))
}

/** What a save failing with each system error code tells the user, in plain words. */
const saveFaultMessages: Record<string, MessageKey> = {
  ENOSPC: 'errorSaveDiskFull',
  EDQUOT: 'errorSaveDiskFull',
  EIO: 'errorSaveDiskFault',
  EPERM: 'errorSaveNotPermitted',
  EACCES: 'errorSaveNotPermitted',
  EBUSY: 'errorSaveFileBusy',
  EROFS: 'errorSaveReadOnlyFolder'
}

/** A write of `path` failed with `error`, reported as `code` (a project save names the fault in plain words). */
export function writeFailure(code: 'errorFileUnwritable' | 'errorExportFailed', error: unknown, path: string): Result<never> {
  const detail = errorDetail(error)
  const fault = code === 'errorFileUnwritable' ? saveFaultMessages[detail] : undefined
  if (!fault) return fail(code, { fileName: basename(path) }, detail)
  return fail(fault, { fileName: basename(path) }, detail)
}
