import type { ProjectFile } from '../project/schema'
import { findConflicts, type Conflict } from './conflicts'
import { mergeStates } from './merge'
import { summarise, type MergeSummary } from './summary'

export type { Conflict } from './conflicts'
export type { MergeSummary, SummaryEntry } from './summary'
export type { Resolution } from './resolve'
export { resolveConflicts } from './resolve'
export { stampChanges } from './stamp'
export { mergeStates } from './merge'

/** What "Merge from file" produces: the merged project, the conflicts to show, and what changed. */
export interface MergeOutcome {
  project: ProjectFile
  conflicts: Conflict[]
  summary: MergeSummary
}

/** Merges a colleague's project into mine (same document assumed: check fingerprints first). */
export function mergeProjects(mine: ProjectFile, theirs: ProjectFile): MergeOutcome {
  const project = mergeStates(mine, theirs)
  return { project, conflicts: findConflicts(mine, theirs), summary: summarise(mine, project) }
}
