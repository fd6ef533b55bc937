import type { LocatorLabel } from '../annotations/types'

/**
 * Glossa's pinpoint labels as CSL locator labels. CSL names an article of a legal act `article-locator`
 * (plain `article` is an item type, and citeproc would print "preprint"); the others are CSL's own names.
 */
const cslLabels: Record<LocatorLabel, string> = {
  page: 'page',
  paragraph: 'paragraph',
  section: 'section',
  chapter: 'chapter',
  article: 'article-locator',
  clause: 'clause',
  line: 'line',
  note: 'note'
}

/** The pinpoint labels in the order a picker offers them: legal texts first. */
export const locatorLabels: readonly LocatorLabel[] = ['article', 'clause', 'paragraph', 'section', 'page', 'chapter', 'line', 'note']

/** The CSL locator label citeproc expects for a Glossa pinpoint label. */
export function cslLocatorLabel(label: LocatorLabel): string {
  return cslLabels[label]
}
