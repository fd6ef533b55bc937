import { basename } from 'node:path'
import { fail, ok, type Result } from '../../shared/errors'
import type { MergeReply } from '../../shared/ipc'
import { mergeProjects } from '../../shared/merge'
import { reanchorInto } from '../../shared/merge/reanchor'
import { withSettledTaxonomy } from '../../shared/merge/taxonomy'
import { validateProjectAgainst } from '../../shared/project/validate-changes'
import type { ProjectFile } from '../../shared/project/schema'
import { readProject } from '../store/project-store'
import { documentFingerprint } from './fingerprint'

/**
 * "Merge from file…": reads a colleague's project (untrusted: size-limited, migrated and validated like any
 * file we open), re-anchors its annotations in my text when it annotates another version (fingerprints
 * differ), and merges it into mine (`mine`: validated); my text is kept. The merged result is validated
 * again where it differs from mine, so nothing that was hidden in their file can come back unchecked.
 */
/** The merge for the dialog, and the merged state itself (what later saves compare with, once applied). */
export interface MergedFile {
  reply: MergeReply
  baseline: ProjectFile
}

export async function mergeFromFile(mine: ProjectFile, theirsPath: string): Promise<Result<MergedFile>> {
  // Theirs is untrusted: validated in full, except what equals mine (validated already).
  const theirs = await readProject(theirsPath, mine)
  if (!mine.document || !theirs.document) return fail('errorMergeNoDocument')
  // Another version of the text: their annotations are first anchored in mine (the annotation feature's anchoring).
  const sameText = documentFingerprint(mine.document.content) === documentFingerprint(theirs.document.content)
  const moved = sameText ? null : reanchorInto(theirs, { ...mine, document: mine.document })
  const outcome = mergeProjects(mine, moved ? moved.project : theirs)
  // The dialog gets the merged project with its taxonomy settled; the settling is an edit, stamped at the next save.
  // What the merge took from their hidden items or combined field by field is checked; what equals mine is not.
  const checked = validateProjectAgainst(withSettledTaxonomy(outcome.project), mine, theirs)
  if (!checked.ok) return checked
  const reanchored = moved ? { moved: moved.moved, orphans: moved.orphans.length } : null
  const reply = { fileName: basename(theirsPath), project: checked.value, conflicts: outcome.conflicts, summary: outcome.summary, reanchored }
  return ok({ reply, baseline: outcome.project })
}
