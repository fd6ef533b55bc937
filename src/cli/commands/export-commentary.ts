import { writeFile } from 'node:fs/promises'
import { chromiumPrinter } from '../../main/export/chromium-printer'
import { buildDocx } from '../../main/export/docx'
import { exportPdf } from '../../main/export/export-pdf'
import { publicationModel } from '../../main/export/publication'
import type { CliCommand } from '../command'
import { exportOptionsUsage, exportRequest } from './export-options'

/**
 * The commentary form (Kommentar style): each article's text, then its notes as paragraphs with margin
 * numbers counted per article, so a commentary can be cited "Art. 5 Rn. 3". PDF, or Word for a .docx name.
 */
export const exportCommentaryCommand: CliCommand = {
  name: 'export-commentary',
  summary: 'write an article-by-article commentary with margin numbers (PDF, or Word for OUT.docx)',
  usage: `Usage: npm run glossa -- export-commentary PROJECT.glossa OUT.pdf|OUT.docx [options]
${exportOptionsUsage}`,
  async run(args, io) {
    const request = await exportRequest(args, 'OUT.pdf|OUT.docx')
    const options = { ...request.options, form: 'commentary' as const }
    const bytes = request.output.toLowerCase().endsWith('.docx')
      ? await buildDocx(await publicationModel(request.project, options, new Date()))
      : await exportPdf({ project: request.project, options, now: new Date(), signal: new AbortController().signal }, chromiumPrinter)
    await writeFile(request.output, bytes)
    io.out(`${request.output}: ${bytes.length} bytes`)
    return 0
  }
}
