import type { Page } from '@playwright/test'

/**
 * Every way the app benchmark reaches into the UI, in one place: the renderer is being rewritten, so when a
 * role, label or class changes, this is the one file to adapt. Prefer what a user sees (roles, labels,
 * shortcuts from src/shared/commands.ts); CSS selectors appear only where the probe must count or read text
 * inside the page.
 */
export const ui = {
  /** The workbench has asked main how to start: keys pressed before that would go nowhere. */
  ready: '.workbench[data-ready="true"]',
  /** One entry per article in the outline. */
  outlineArticle: '.outline .outline-article',
  /** Drawn annotation highlights in the legal text. */
  highlight: '.annotation-highlight',
  /** The annotation list's "N of M shown" line: changes when an annotation is added. */
  annotationCount: '[data-testid="annotation-count"]',
  /** Where the legal text scrolls. */
  documentScroller: 'main.document',
  /** The paragraphs of one article of the legal text, by eId (not its heading: a label, not selectable text). */
  articleParagraphs: (eId: string) => `.legal-text [data-eid="${eId}"] p`,
  /** A search hit marked in the results. */
  searchHit: '.search-results mark',
  /** What a merge ends in: its modal dialog (not an annotation popover, also a dialog), or an error message. */
  mergeOutcome: 'dialog[open], [data-testid="error-message"]',
  /** The error banner's message. */
  error: '[data-testid="error-message"]',
  saveState: '[data-testid="save-state"]',
  savedText: 'Saved',
  keys: {
    open: 'Control+o',
    close: 'Control+w',
    save: 'Control+s',
    search: 'Control+f',
    merge: 'Control+Shift+M',
    highlight: 'Control+Shift+H',
    comment: 'Control+Alt+M'
  },
  searchBox: (page: Page) => page.getByRole('region', { name: 'Search the text' }).getByRole('searchbox', { name: 'Search the text' }),
  commentary: (page: Page) => page.getByRole('region', { name: 'Annotation' }).getByRole('textbox', { name: 'Commentary' }),
  closeEditor: (page: Page) => page.getByRole('region', { name: 'Annotation' }).getByRole('button', { name: 'Close' }),
  mergeDialog: (page: Page) => page.getByRole('dialog', { name: /^Merge from/ }),
  emptyState: (page: Page) => page.getByRole('button', { name: 'Open Project…' }).first()
}
