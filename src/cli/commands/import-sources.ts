import { translate } from '../../shared/i18n/translate'
import type { GlossaError } from '../../shared/errors'
import { importIntoLibrary } from '../../shared/sources/library'
import { readSourcesFile } from '../../main/sources/import-sources'
import { writeProject } from '../../main/store/project-store'
import { CliFailure, parseCommandLine, positionalArguments, UsageError, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** A refusal's reason in the user's language, followed by the parser's own words. */
const reasonText = (reason: GlossaError) => `${translate(reason.code, reason.params)}${reason.detail ? `: ${reason.detail}` : ''}`

/** The source import without the app: what a BibTeX, RIS or CSL-JSON file adds to a library, entry by entry. */
export const importSourcesCommand: CliCommand = {
  name: 'import-sources',
  summary: 'what a BibTeX, RIS or CSL-JSON file adds to a source library (accepted, merged, refused)',
  usage: `Usage: npm run glossa -- import-sources FILE [--json] [--project PROJECT.glossa [--out OUT.glossa]]
  --json             print the report as {"accepted":n,"merged":n,"refused":[{"entry":..,"reason":..}]}
  --project FILE     count duplicates against this project's library (the project is not changed)
  --out FILE         write the project with the imported sources added to OUT.glossa`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' }, project: { type: 'string' }, out: { type: 'string' } })
    const [file] = positionalArguments(positionals, ['FILE'])
    if (values.out && !values.project) throw new UsageError('--out needs --project.')
    const project = values.project ? await readProjectArgument(values.project) : null

    const parsed = await readSourcesFile(file)
    if (!parsed.ok) throw new CliFailure(reasonText(parsed.error))
    const { library, report } = importIntoLibrary(project?.sources ?? [], parsed.value.items, parsed.value.refused)
    const refused = report.refused.map((refusal) => ({ entry: refusal.entry, reason: reasonText(refusal.reason) }))
    if (values.json) {
      io.out(JSON.stringify({ accepted: report.accepted, merged: report.merged, refused }, null, 2))
    } else {
      io.out(translate('sourcesImported', { fileName: parsed.value.fileName, count: report.accepted }))
      if (report.merged > 0) io.out(translate('sourcesImportMerged', { count: report.merged }))
      if (refused.length > 0) io.out(translate('sourcesImportRefused', { count: refused.length }))
      for (const refusal of refused) io.out(`  - ${refusal.entry}: ${refusal.reason}`)
    }
    if (project && values.out) {
      await writeProject(values.out, { ...project, sources: library })
      if (!values.json) io.out(`→ ${values.out}`)
    }
    return 0
  }
}
