import { extname } from 'node:path'
import type { GlossaError } from '../../shared/errors'
import { translate } from '../../shared/i18n/translate'
import { importCodebook } from '../../shared/tags/codebook'
import { readCodebookFile, writeCodebookFile, type CodebookFormat } from '../../main/tags/codebook-files'
import { writeProject } from '../../main/store/project-store'
import { CliFailure, oneOf, parseCommandLine, positionalArguments, UsageError, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

const reasonText = (reason: GlossaError) => `${translate(reason.code, reason.params)}${reason.detail ? `: ${reason.detail}` : ''}`
const formats = ['csv', 'qdc'] as const

/** The project's tag tree as a codebook file, the same as the Tags dialog writes. */
export const exportCodebookCommand: CliCommand = {
  name: 'export-codebook',
  summary: 'the tag tree as a CSV or REFI-QDA (.qdc) codebook',
  usage: `Usage: npm run glossa -- export-codebook PROJECT.glossa OUT.csv|OUT.qdc [--format csv|qdc]
  --format F   csv or qdc (default: from OUT's extension)`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { format: { type: 'string' } })
    const [projectFile, out] = positionalArguments(positionals, ['PROJECT', 'OUT'])
    const fromName = extname(out).slice(1).toLowerCase()
    const format: CodebookFormat = oneOf('--format', values.format ?? (fromName === 'csv' || fromName === 'qdc' ? fromName : undefined), formats, 'csv')
    const project = await readProjectArgument(projectFile)
    await writeCodebookFile(out, project.tags, format)
    io.out(translate('codebookExported', { fileName: out }))
    return 0
  }
}

/** A CSV or REFI-QDA codebook put into a project's tag tree, written as a new project file. */
export const importCodebookCommand: CliCommand = {
  name: 'import-codebook',
  summary: 'a CSV or REFI-QDA codebook put into a project’s tag tree (added, changed, already there)',
  usage: `Usage: npm run glossa -- import-codebook PROJECT.glossa CODEBOOK [--out OUT.glossa] [--json]
  --out FILE   write the project with the codebook's tags to OUT.glossa (without it, only the report)
  --json       print {"added":n,"changed":n,"unchanged":n,"refused":[{"path":..,"reason":..}]}`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { out: { type: 'string' }, json: { type: 'boolean' } })
    const [projectFile, codebookFile] = positionalArguments(positionals, ['PROJECT', 'CODEBOOK'])
    if (values.out === '') throw new UsageError('--out needs a file name.')
    const project = await readProjectArgument(projectFile)
    let read: Awaited<ReturnType<typeof readCodebookFile>>
    try {
      read = await readCodebookFile(codebookFile)
    } catch (error) {
      throw new CliFailure(`${codebookFile}: ${(error as Error).message}`)
    }
    if (!read.ok) throw new CliFailure(reasonText(read.error))
    const imported = importCodebook(project.tags, read.value.entries, () => crypto.randomUUID())
    if (!imported.ok) throw new CliFailure(reasonText(imported.error))
    const { added, updated, unchanged } = imported.value
    const refused = [
      ...imported.value.refused.map((one) => ({ path: one.path, reason: reasonText(one.error) })),
      ...read.value.badColours.map((colour) => ({ path: colour, reason: translate('errorTagColorInvalid', { value: colour }) }))
    ]
    if (values.json) io.out(JSON.stringify({ added, changed: updated, unchanged, refused }, null, 2))
    else {
      io.out(translate('codebookImported', { fileName: read.value.fileName, added, changed: updated, unchanged }))
      for (const one of refused) io.out(`  - ${one.path}: ${one.reason}`)
    }
    if (values.out) {
      await writeProject(values.out, { ...project, tags: imported.value.tags })
      if (!values.json) io.out(`→ ${values.out}`)
    }
    return 0
  }
}
