/**
 * The seam between the export and whatever prints: it takes the print view's HTML and returns PDF bytes.
 * Electron uses a hidden window's webContents.printToPDF; the headless command and the tests use the
 * system Chromium. An aborted signal stops the printing and rejects.
 */
export type PdfPrinter = (html: string, signal: AbortSignal) => Promise<Uint8Array>
