import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import { readWebAnnotations, exportWebAnnotations } from '../../shared/exchange/web-annotation'
import { formatBytes } from '../../shared/import/import-file'
import type { WebAnnotationsRead } from '../../shared/ipc'
import type { ProjectFile } from '../../shared/project/schema'
import { writeFileAtomic } from '../store/atomic-write'

/** Web Annotation files larger than this are refused before reading. */
export const webAnnotationSizeLimit = 50 * 1024 * 1024

/** Reads a Web Annotation (or Hypothesis) JSON file from another tool: size-limited, parsed, validated. */
export async function readWebAnnotationFile(path: string): Promise<Result<WebAnnotationsRead>> {
  const { size } = await stat(path)
  if (size > webAnnotationSizeLimit) return fail('errorProjectTooLarge', { size: formatBytes(size) })
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    return fail('errorWebAnnotationsNotJson', {}, (error as Error).message)
  }
  const read = readWebAnnotations(data)
  return read.ok ? ok({ fileName: basename(path), ...read.value }) : read
}

/** Writes the project's annotations as a W3C AnnotationCollection (JSON-LD), atomically; returns how many items. */
export async function writeWebAnnotationFile(path: string, project: ProjectFile): Promise<{ total: number }> {
  const collection = exportWebAnnotations(project)
  await writeFileAtomic(path, JSON.stringify(collection, null, 2) + '\n')
  return { total: collection['total'] as number }
}
