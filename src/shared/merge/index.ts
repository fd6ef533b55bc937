import type { ProjectFile } from '../project/schema'
import { findConflicts, type Conflict } from './conflicts'
import { projectEntries } from './entries'
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
  // Each side's entries are built once and shared by the three steps.
  const entries = { mine: projectEntries(mine), theirs: projectEntries(theirs) }
  const project = mergeStates(mine, theirs, entries)
  return { project, conflicts: findConflicts(mine, theirs, entries), summary: summarise(mine, project, entries.mine.visible) }
}
