import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import type { MergeReply } from '../../shared/ipc'
import { mergeProjects } from '../../shared/merge'
import { validateProject } from '../../shared/project/parse'
import type { ProjectFile } from '../../shared/project/schema'
import { readProject } from '../store/project-store'
import { documentFingerprint } from './fingerprint'

/**
 * "Merge from file…": reads a colleague's project (untrusted: size-limited, migrated and validated like any
 * file we open), checks it annotates the same text, and merges it into mine. The merged result is
 * validated again, so nothing that was hidden in their file can come back unchecked.
 */
export async function mergeFromFile(mine: ProjectFile, theirsPath: string): Promise<Result<MergeReply>> {
  const theirs = await readProject(theirsPath)
  if (!mine.document || !theirs.document) return fail('errorMergeNoDocument')
  // Re-anchoring between text versions belongs to the annotation feature; until it lands, refuse clearly.
  if (documentFingerprint(mine.document.content) !== documentFingerprint(theirs.document.content)) return fail('errorMergeDifferentText', { file: basename(theirsPath) })
  const outcome = mergeProjects(mine, theirs)
  const checked = validateProject(outcome.project)
  if (!checked.ok) return checked
  return ok({ fileName: basename(theirsPath), path: theirsPath, project: checked.value, conflicts: outcome.conflicts, summary: outcome.summary })
}
