/**
 * What the handlers need from the desktop: file dialogs and the OS browser. Electron provides the real one
 * (electron-host.ts); end-to-end tests provide one that answers dialogs with prepared paths. Each dialog
 * returns null when the user cancels.
 */
export interface Host {
  chooseProjectToOpen(): Promise<string | null>
  chooseProjectSavePath(suggestedName: string): Promise<string | null>
  chooseTextToImport(): Promise<string | null>
  /** A BibTeX, RIS or CSL-JSON file to import as sources. Optional: hosts that never import sources need not. */
  chooseSourcesToImport?(): Promise<string | null>
  openExternal(url: string): Promise<void>
}
