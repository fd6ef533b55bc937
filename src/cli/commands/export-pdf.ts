import { writeFile } from 'node:fs/promises'
import { chromiumPrinter } from '../../main/export/chromium-printer'
import { exportPdf } from '../../main/export/export-pdf'
import type { CliCommand } from '../command'
import { exportOptionsUsage, exportRequest } from './export-options'

/** Headless export for publishing pipelines: the very same print view as the app, printed by the system Chromium. */
export const exportPdfCommand: CliCommand = {
  name: 'export-pdf',
  summary: 'print a project as an annotated PDF (system Chromium: CHROMIUM_PATH or /usr/bin/chromium)',
  usage: `Usage: npm run glossa -- export-pdf PROJECT.glossa OUT.pdf [options]
${exportOptionsUsage}`,
  async run(args, io) {
    const { project, options, output } = await exportRequest(args, 'OUT.pdf')
    const pdf = await exportPdf({ project, options, now: new Date(), signal: new AbortController().signal }, chromiumPrinter)
    await writeFile(output, pdf)
    io.out(`${output}: ${pdf.length} bytes`)
    return 0
  }
}
