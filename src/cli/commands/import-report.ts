import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { exportAkomaNtoso } from '../../shared/akn/export'
import { translate } from '../../shared/i18n/translate'
import { formatAndLanguage, structureSummary, warningText } from '../../shared/import/summary'
import { createProject } from '../../shared/project/create'
import { writeProject } from '../../main/store/project-store'
import { parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { readImportArgument, refusalLine } from '../import-argument'

/** The import report without the app, for scripted checks and batch work. */
export const importReportCommand: CliCommand = {
  name: 'import-report',
  summary: 'what the importer finds in a legal text (txt, md, html, docx, pdf, Akoma Ntoso)',
  usage: `Usage: npm run glossa -- import-report FILE [--json] [--out FILE.glossa] [--akn FILE.xml]
  --json        print the report as JSON (a refusal too, as {"ok": false, "error": ...})
  --out FILE    also write a Glossa project holding the imported document
  --akn FILE    also write the document as Akoma Ntoso 3.0 XML`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' }, out: { type: 'string' }, akn: { type: 'string' } })
    const [file] = positionalArguments(positionals, ['FILE'])
    const { json, out, akn } = values
    const result = await readImportArgument(file)
    if (!result.ok) {
      if (json) io.out(JSON.stringify({ ok: false, file, error: result.refusal.message }, null, 2))
      else io.err(refusalLine(file, result.refusal))
      return 1
    }

    const { doc, report } = result.value
    if (json) {
      io.out(JSON.stringify({ ok: true, file, summary: structureSummary(report.counts), ...report, warnings: report.warnings.map((warning) => ({ ...warning, message: warningText(warning) })) }, null, 2))
    } else {
      io.out(`${basename(file)}\n${formatAndLanguage(report)}\n${structureSummary(report.counts)}`)
      io.out(report.warnings.length ? translate('importReportWarnings', { count: report.warnings.length }) : translate('importReportNoWarnings'))
      for (const warning of report.warnings) io.out(`  - ${warningText(warning)}${warning.eId ? ` [${warning.eId}]` : ''}`)
    }

    if (out) {
      const title = doc.content?.find((node) => node.type === 'title')?.content?.map((node) => node.text ?? '').join('') || basename(file)
      const project = createProject({ title, document: { name: title, language: report.language, source: { fileName: basename(file), format: report.format }, content: doc } })
      await writeProject(out, project)
      if (!json) io.out(`→ ${out}`)
    }
    if (akn) {
      await writeFile(akn, exportAkomaNtoso(doc, { language: report.language, date: new Date().toISOString() }))
      if (!json) io.out(`→ ${akn}`)
    }
    return 0
  }
}
