import type { LocatorLabel } from '../../../shared/annotations/types'
import type { MessageKey } from '../../../shared/i18n/messages.en'

/** How the UI names source types and pinpoint labels. */
export const sourceTypeLabels: Record<string, MessageKey> = {
  legislation: 'sourceTypeLegislation',
  legal_case: 'sourceTypeLegalCase',
  treaty: 'sourceTypeTreaty',
  book: 'sourceTypeBook',
  chapter: 'sourceTypeChapter',
  'article-journal': 'sourceTypeArticleJournal',
  'article-newspaper': 'sourceTypeArticleNewspaper',
  webpage: 'sourceTypeWebpage',
  report: 'sourceTypeReport',
  document: 'sourceTypeDocument'
}

export const locatorLabelNames: Record<LocatorLabel, MessageKey> = {
  article: 'locatorArticle',
  clause: 'locatorClause',
  paragraph: 'locatorParagraph',
  section: 'locatorSection',
  page: 'locatorPage',
  chapter: 'locatorChapter',
  line: 'locatorLine',
  note: 'locatorNote'
}
