import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, session } from 'electron'
import { printFailedAttribute, printReadyAttribute } from '../../shared/export/print/print-view'
import { PrintRequests } from './print-requests'
import type { PdfPrinter } from './printer'

/**
 * The app's printer: a hidden, sandboxed window in its own in-memory session (no preload, no permissions,
 * no navigation) loads the print view from a temporary file and prints it with webContents.printToPDF,
 * tagged and with an outline from the headings. The print view's own CSP forbids any network request.
 */

const partition = 'glossa-print'
const layoutTimeoutMs = 120_000

const printRequests = new PrintRequests()
let hardened: Electron.Session | null = null

function printSession(): Electron.Session {
  if (hardened) return hardened
  const printing = session.fromPartition(partition, { cache: false })
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  printing.setPermissionCheckHandler(() => false)
  // Only the print view's own file and its embedded data may load: no network, no other file.
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printRequests.isAllowed(details.url) }))
  hardened = printing
  return printing
}

async function waitUntilLaidOut(window: BrowserWindow, signal: AbortSignal): Promise<void> {
  const started = Date.now()
  while (!(await window.webContents.executeJavaScript(`document.documentElement.hasAttribute('${printReadyAttribute}')`))) {
    signal.throwIfAborted()
    const failure: unknown = await window.webContents.executeJavaScript(`document.documentElement.getAttribute('${printFailedAttribute}')`)
    if (typeof failure === 'string') throw new Error(`The print view could not lay out pages: ${failure}`)
    if (Date.now() - started > layoutTimeoutMs) throw new Error('The print view did not finish laying out pages')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const electronPrinter: PdfPrinter = async (html, signal) => {
  const folder = await mkdtemp(join(tmpdir(), 'glossa-print-'))
  const file = join(folder, 'print.html')
  const window = new BrowserWindow({
    show: false,
    // Not throttled while hidden: laying out pages must not wait on a window nobody sees.
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true, spellcheck: false, backgroundThrottling: false, session: printSession() }
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stop = () => window.destroy()
  signal.addEventListener('abort', stop)
  const forbidAgain = printRequests.allow(file)
  try {
    await writeFile(file, html)
    await window.loadFile(file)
    await waitUntilLaidOut(window, signal)
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true })
    return new Uint8Array(pdf)
  } finally {
    forbidAgain()
    signal.removeEventListener('abort', stop)
    if (!window.isDestroyed()) window.destroy()
    await rm(folder, { recursive: true, force: true })
    signal.throwIfAborted()
  }
}
