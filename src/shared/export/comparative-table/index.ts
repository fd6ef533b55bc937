/**
 * The comparative table of two editions (old wording | new wording | commentary): the marked sides of each
 * clause (sides.ts, shared with the compare view), which articles to list (filters.ts), the table model
 * (table.ts) and its print view (table-view.ts). The Word file is built in main (comparative-table-docx.ts).
 */
export { wordingChanges, pairFilters, pairMatches, type PairFilter } from './filters'
export { segmentLabel, segmentSides, type MarkedParagraph, type MarkedRun, type WordMark } from './sides'
export { buildComparativeTable, notesByArticle, type ComparativeRow, type ComparativeTable, type ComparativeTableInput } from './table'
export { buildComparativeTableView } from './table-view'
