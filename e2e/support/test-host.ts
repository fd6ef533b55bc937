import { chromiumPrinter } from '../../src/main/export/chromium-printer'
import type { Host } from '../../src/main/host'
import type { RecentProject, RendererEvents } from '../../src/shared/ipc'

/**
 * The desktop host for tests: each file dialog answers with the next path a test queued (null: the user
 * cancelled); links that would open in the OS browser are recorded.
 */
export class TestHost implements Host {
  readonly openAnswers: (string | null)[] = []
  readonly saveAnswers: (string | null)[] = []
  readonly mergeAnswers: (string | null)[] = []
  readonly webImportAnswers: (string | null)[] = []
  readonly webExportAnswers: (string | null)[] = []
  readonly importAnswers: (string | null)[] = []
  readonly sourcesAnswers: (string | null)[] = []
  readonly sourceFileAnswers: (string | null)[] = []
  readonly openedLinks: string[] = []
  readonly exportAnswers: (string | null)[] = []
  readonly aknExportAnswers: (string | null)[] = []
  readonly codebookExportAnswers: (string | null)[] = []
  readonly codebookImportAnswers: (string | null)[] = []
  /** The names the Akoma Ntoso save dialog suggested, in order. */
  readonly aknSuggestedNames: string[] = []
  /** Events main sent to the renderer, in order. */
  readonly events: { event: keyof RendererEvents; payload: unknown }[] = []
  /** Set by a test to deliver events to its page (as webContents.send would). */
  forwardEvent: ((event: keyof RendererEvents, payload: unknown) => void) | null = null
  /** What went to the system's recent documents (app.addRecentDocument), in order. */
  readonly systemRecentDocuments: string[] = []
  /** The application menu's Open Recent as last shown, and its Clear Recent. */
  recentMenu: { entries: RecentProject[]; clear: () => void } | null = null
  /** The PDF printer: the system Chromium, printing the same print view as Electron's printToPDF. */
  printPdf = chromiumPrinter

  async chooseProjectToOpen() {
    return this.openAnswers.shift() ?? null
  }
  async chooseWebAnnotationsToImport() {
    return this.webImportAnswers.shift() ?? null
  }
  async chooseWebAnnotationsSavePath() {
    return this.webExportAnswers.shift() ?? null
  }
  async chooseProjectToMerge() {
    return this.mergeAnswers.shift() ?? null
  }
  async chooseProjectSavePath() {
    return this.saveAnswers.shift() ?? null
  }
  async chooseTextToImport() {
    return this.importAnswers.shift() ?? null
  }
  async chooseCodebookSavePath() {
    return this.codebookExportAnswers.shift() ?? null
  }
  async chooseCodebookToImport() {
    return this.codebookImportAnswers.shift() ?? null
  }
  async chooseSourcesToImport() {
    return this.sourcesAnswers.shift() ?? null
  }
  async chooseSourceFile() {
    return this.sourceFileAnswers.shift() ?? null
  }
  async openExternal(url: string) {
    this.openedLinks.push(url)
  }
  async chooseAknSavePath(suggestedName: string) {
    this.aknSuggestedNames.push(suggestedName)
    return this.aknExportAnswers.shift() ?? null
  }
  async chooseExportPath() {
    return this.exportAnswers.shift() ?? null
  }
  addRecentDocument(path: string) {
    this.systemRecentDocuments.push(path)
  }
  showRecentProjects(entries: RecentProject[], clear: () => void) {
    this.recentMenu = { entries, clear }
  }
  notify<E extends keyof RendererEvents>(_windowId: number, event: E, payload: RendererEvents[E]) {
    this.events.push({ event, payload })
    this.forwardEvent?.(event, payload)
  }
}
