import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { chromiumPrinter } from '../../main/export/chromium-printer'
import { comparativeTableOf, comparativeTablePdf, type TableEdition } from '../../main/export/comparative-table'
import { comparativeTableDocx } from '../../main/export/comparative-table-docx'
import { pairFilters, wordingChanges } from '../../shared/export/comparative-table'
import { publicationLanguages } from '../../shared/export/options'
import { translate } from '../../shared/i18n/translate'
import type { ProjectFile } from '../../shared/project/schema'
import { CliFailure, oneOf, parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { importArgument } from '../import-argument'
import { readProjectArgument } from '../project-argument'

/** An edition named on the command line: a project (its text, with its notes for the commentary column) or a file to import. */
async function editionArgument(path: string): Promise<{ edition: TableEdition; project: ProjectFile | null }> {
  if (path.toLowerCase().endsWith('.glossa')) {
    const project = await readProjectArgument(path)
    if (!project.document) throw new CliFailure(`${path}: ${translate('errorExportNoDocument')}`)
    return { edition: { doc: project.document.content, name: project.document.name || basename(path), language: project.document.language }, project }
  }
  const imported = await importArgument(path)
  return { edition: { doc: imported.doc, name: basename(path), language: imported.report.language }, project: null }
}

/** The comparative table of two editions: old wording | new wording | commentary, as PDF or Word. */
export const exportTableCommand: CliCommand = {
  name: 'export-table',
  summary: 'write the comparative table of two editions (old wording | new wording | commentary), PDF or Word',
  usage: `Usage: npm run glossa -- export-table OLD_FILE_OR_PROJECT NEW_FILE OUT.pdf|OUT.docx [--lang ${publicationLanguages.join('|')}]
  OLD_FILE_OR_PROJECT  the earlier edition: a .glossa project (its notes fill the commentary column) or a file to import
  NEW_FILE             the revised edition, in any format import reads (txt, md, html, docx, pdf, Akoma Ntoso)
  --lang               language of the headings and labels (default: the earlier edition's)
  --renumbered         also list the articles only renumbered or moved (their wording is the same)
Listed by default: the articles reworded, inserted or deleted.`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { lang: { type: 'string' }, renumbered: { type: 'boolean' } })
    const [oldPath, newPath, output] = positionalArguments(positionals, ['OLD_FILE_OR_PROJECT', 'NEW_FILE', 'OUT.pdf|OUT.docx'])
    const labels = values.lang === undefined ? null : oneOf('--lang', values.lang, publicationLanguages, 'en')
    const { edition: old, project } = await editionArgument(oldPath)
    const { edition: revised } = await editionArgument(newPath)
    const filters = values.renumbered ? new Set(pairFilters) : wordingChanges
    const table = await comparativeTableOf({ old, revised, project, labels, filters, now: new Date() })
    const bytes = output.toLowerCase().endsWith('.docx') ? await comparativeTableDocx(table) : await comparativeTablePdf(table, chromiumPrinter, new AbortController().signal)
    await writeFile(output, bytes)
    io.out(`${output}: ${table.rows.length} rows, ${bytes.length} bytes`)
    return 0
  }
}
