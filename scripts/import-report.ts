import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { exportAkomaNtoso } from '../src/shared/akn/export'
import { translate } from '../src/shared/i18n/translate'
import { formatBytes, importFile, importSizeLimit } from '../src/shared/import/import-file'
import { formatAndLanguage, structureSummary, warningText } from '../src/shared/import/summary'
import { createProject } from '../src/shared/project/create'
import { nodeFormatReaders } from '../src/main/import/readers'
import { writeProject } from '../src/main/store/project-store'

/**
 * The import report without the app, for scripted checks and batch work:
 * `npm run import-report -- FILE [--json] [--out FILE.glossa] [--akn FILE.xml]`.
 * Exit codes: 0 imported, 1 the file was refused (the reason is printed), 2 wrong usage.
 */

const usage = `Usage: npm run import-report -- FILE [--json] [--out FILE.glossa] [--akn FILE.xml]
  --json        print the report as JSON
  --out FILE    also write a Glossa project holding the imported document
  --akn FILE    also write the document as Akoma Ntoso 3.0 XML`

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' }, akn: { type: 'string' } } })
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    return 2
  }
  const file = parsed.positionals[0]
  if (!file || parsed.positionals.length > 1) {
    console.error(usage)
    return 2
  }
  const { json, out, akn } = parsed.values
  const refuse = (message: string) => {
    if (json) console.log(JSON.stringify({ ok: false, file, error: message }, null, 2))
    else console.error(message)
    return 1
  }

  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    return refuse(translate('errorFileNotFound', { path: file }))
  }
  if (size > importSizeLimit) return refuse(translate('errorImportTooLarge', { size: formatBytes(size), limit: formatBytes(importSizeLimit) }))
  const result = await importFile(new Uint8Array(await readFile(file)), basename(file), nodeFormatReaders)
  if (!result.ok) return refuse(translate(result.error.code, result.error.params))

  const { doc, report } = result.value
  if (json) {
    console.log(JSON.stringify({ ok: true, file, summary: structureSummary(report.counts), ...report, warnings: report.warnings.map((warning) => ({ ...warning, message: warningText(warning) })) }, null, 2))
  } else {
    console.log(`${basename(file)}\n${formatAndLanguage(report)}\n${structureSummary(report.counts)}`)
    console.log(report.warnings.length ? translate('importReportWarnings', { count: report.warnings.length }) : translate('importReportNoWarnings'))
    for (const warning of report.warnings) console.log(`  - ${warningText(warning)}${warning.eId ? ` [${warning.eId}]` : ''}`)
  }

  if (out) {
    const title = doc.content?.find((node) => node.type === 'title')?.content?.map((node) => node.text ?? '').join('') || basename(file)
    const project = createProject({ title, document: { name: title, language: report.language, source: { fileName: basename(file), format: report.format }, content: doc } })
    await writeProject(out, project)
    if (!json) console.log(`→ ${out}`)
  }
  if (akn) {
    await writeFile(akn, exportAkomaNtoso(doc, { language: report.language, date: new Date().toISOString() }))
    if (!json) console.log(`→ ${akn}`)
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
