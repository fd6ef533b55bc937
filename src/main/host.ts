import type { RecentProject, RendererEvents } from '../shared/ipc'
import type { Theme } from '../shared/settings'
import type { PdfPrinter } from './export/printer'

/**
 * What the handlers need from the desktop: file dialogs and the OS browser. Electron provides the real one
 * (electron-host.ts); end-to-end tests provide one that answers dialogs with prepared paths. Each dialog
 * returns null when the user cancels.
 */
export interface Host {
  chooseProjectToOpen(): Promise<string | null>
  /** A colleague's project file to merge into the open one. */
  chooseProjectToMerge(): Promise<string | null>
  /** A Web Annotation / Hypothesis JSON file to import annotations from (optional: fakes that never exchange need not have it). */
  chooseWebAnnotationsToImport?(): Promise<string | null>
  /** Where to write exported Web Annotations. */
  chooseWebAnnotationsSavePath?(suggestedName: string): Promise<string | null>
  chooseProjectSavePath(suggestedName: string): Promise<string | null>
  chooseTextToImport(): Promise<string | null>
  /** A BibTeX, RIS or CSL-JSON file to import as sources. Optional: hosts that never import sources need not. */
  chooseSourcesToImport?(): Promise<string | null>
  /** A saved web page, PDF, DOCX or text file to add as one source with its text archived. Optional like the above. */
  chooseSourceFile?(): Promise<string | null>
  openExternal(url: string): Promise<void>
  // Export (issue 7). Optional so hosts that never export (unit-test fakes) need not provide them.
  /** Where to write an export (a save dialog); null: cancelled. */
  chooseExportPath?(suggestedName: string, kind: 'pdf' | 'docx'): Promise<string | null>
  /** Where to write an Akoma Ntoso XML export (a save dialog); null: cancelled. */
  chooseAknSavePath?(suggestedName: string): Promise<string | null>
  /** Where to write a codebook (a save dialog filtered to the format); null: cancelled. */
  chooseCodebookSavePath?(suggestedName: string, format: 'csv' | 'qdc'): Promise<string | null>
  /** A CSV or REFI-QDA codebook to import tags from. */
  chooseCodebookToImport?(): Promise<string | null>
  /** Prints the export's print view to PDF (Electron: a hidden window's printToPDF; tests: Chromium). */
  printPdf?: PdfPrinter
  /** Adds a project that was opened or saved to the system's recent documents (Electron's app.addRecentDocument). */
  addRecentDocument?(path: string): void
  /** Shows the recent list in the application menu's Open Recent; `clear` empties it (Clear Recent). */
  showRecentProjects?(list: RecentProject[], clear: () => void): void
  /** Makes native parts (menus, dialogs, the page's prefers-color-scheme) follow the theme (Electron's nativeTheme). */
  setThemeSource?(theme: Theme): void
  /** Sends an event to the renderer of the window whose webContents has this id. */
  notify?<E extends keyof RendererEvents>(windowId: number, event: E, payload: RendererEvents[E]): void
}
