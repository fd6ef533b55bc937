/**
 * Editions of one law: aligning two editions (align.ts), the word diff of reworded clauses (word-diff.ts),
 * carrying notes from one edition to another (carry.ts), and importing a revised version into a project
 * (revise-project.ts): the one path the app, merge and the command line share.
 */
export { alignEditions } from './align'
export type { AlignOptions, ArticlePair, ContainerPair, EditionAlignment, PairStatus, SegmentPair } from './types'
export { carryAnnotations, carryNote, type CarriedNote, type CarryResult, type CarryStatus } from './carry'
export { reviseProject, type RevisedProject } from './revise-project'
export { alignmentCounts, alignmentSummary, articleChange, carryStatusText, carrySummary, type AlignmentCounts } from './summary'
export { editionStructure, type EditionStructure, type EditionUnit, type Segment } from './units'
export { mapOffset, wordDiff, type WordChange } from './word-diff'
