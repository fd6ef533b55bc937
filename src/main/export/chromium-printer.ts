import { chromium } from 'playwright-core'
import { printFailedAttribute, printReadyAttribute } from '../../shared/export/print/print-view'
import type { PdfPrinter } from './printer'

/**
 * Prints the print view in the system Chromium through playwright-core: the same Chromium print path as
 * Electron's printToPDF. Used by the headless `npm run export-pdf` command and by the end-to-end tests;
 * the app itself uses electron-printer.ts.
 */

/** The system Chromium, with flags that keep it off the network (see TOOLCHAIN.md). */
export const chromiumOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
}

/** How long the print view may take to lay out pages before the export gives up. */
const layoutTimeoutMs = 120_000

export const chromiumPrinter: PdfPrinter = async (html, signal) => {
  signal.throwIfAborted()
  const browser = await chromium.launch(chromiumOptions)
  const stop = () => void browser.close()
  signal.addEventListener('abort', stop)
  try {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await page.setContent(html, { waitUntil: 'load' })
    await page.waitForSelector(`html[${printReadyAttribute}], html[${printFailedAttribute}]`, { state: 'attached', timeout: layoutTimeoutMs }).catch((error: Error) => {
      throw new Error(`The print view did not finish laying out pages: ${problems.join('; ') || error.message}`)
    })
    const failure = await page.locator('html').getAttribute(printFailedAttribute)
    if (failure !== null) throw new Error(`The print view could not lay out pages: ${failure}`)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    return new Uint8Array(pdf)
  } finally {
    signal.removeEventListener('abort', stop)
    await browser.close()
    signal.throwIfAborted()
  }
}
