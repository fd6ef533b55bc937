import { writeFile } from 'node:fs/promises'
import { buildDocx } from '../../main/export/docx'
import { publicationModel } from '../../main/export/publication'
import type { CliCommand } from '../command'
import { exportOptionsUsage, exportRequest } from './export-options'

/** The Word export of the app, from the command line: real footnotes, the same citation sequence as the PDF. */
export const exportDocxCommand: CliCommand = {
  name: 'export-docx',
  summary: 'write a project as an annotated Word document (.docx)',
  usage: `Usage: npm run glossa -- export-docx PROJECT.glossa OUT.docx [options]
${exportOptionsUsage}`,
  async run(args, io) {
    const { project, options, output } = await exportRequest(args, 'OUT.docx')
    const bytes = await buildDocx(await publicationModel(project, options, new Date()))
    await writeFile(output, bytes)
    io.out(`${output}: ${bytes.length} bytes`)
    return 0
  }
}
