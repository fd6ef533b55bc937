import { buildDocumentText } from '../../shared/annotations/document-text'
import { legalSchema } from '../../shared/document/schema'
import { commentaryFromHtml } from '../../shared/exchange/commentary-from-html'
import { importAnnotations, type EntryNote } from '../../shared/exchange/web-annotation'
import { translate } from '../../shared/i18n/translate'
import { stampChanges } from '../../shared/merge'
import type { ProjectFile } from '../../shared/project/schema'
import { readWebAnnotationFile } from '../../main/exchange/web-annotation-files'
import { writeProject } from '../../main/store/project-store'
import { CliFailure, parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** The author the command line signs its changes with in the project's merge record. */
const cliNode = 'glossa-cli'

const reasonOf = (note: EntryNote) => ({ entry: note.entry, id: note.id, code: note.code, reason: translate(note.code, note.params) })

/** Web Annotation or Hypothesis files placed in a project from the command line, with the app's own import. */
export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  summary: 'place the annotations of a Web Annotation or Hypothesis JSON file in a project, with a report',
  usage: `Usage: npm run glossa -- import-annotations PROJECT.glossa FILE [--json] [--out FILE.glossa] [--dry-run]
  --json        print the report as JSON: {"accepted":n,"updated":n,"unchanged":n,"refused":[{"entry":..,"reason":..}],...}
  --out FILE    write the updated project there instead of over PROJECT.glossa (which keeps a backup)
  --dry-run     only report; write nothing`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' } })
    const [projectPath, file] = positionalArguments(positionals, ['PROJECT.glossa', 'FILE'])
    const project = await readProjectArgument(projectPath)
    if (!project.document) throw new CliFailure(translate('errorAnnotationsNeedText'))
    let read
    try {
      read = await readWebAnnotationFile(file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliFailure(code === 'ENOENT' ? translate('errorFileNotFound', { fileName: file }) : `${file}: ${code ?? (error as Error).message}`)
    }
    if (!read.ok) throw new CliFailure(`${file}: ${translate(read.error.code, read.error.params)}`)

    const text = buildDocumentText(legalSchema.nodeFromJSON(project.document.content))
    const now = new Date()
    const { annotations, tags, report } = importAnnotations(project, read.value, { text, fromHtml: commentaryFromHtml, now })
    const changed = report.accepted + report.updated > 0
    const target = values.out ?? projectPath
    const written = changed && !values['dry-run'] ? target : null
    if (written) {
      const next = { ...project, annotations, tags, meta: { ...project.meta, modified: now.toISOString() } } as ProjectFile
      await writeProject(written, stampChanges(project, next, cliNode, now.getTime()), { previousIsGood: written === projectPath })
    }

    if (values.json) {
      const { refused, leftOut, ...counts } = report
      io.out(JSON.stringify({ ...counts, refused: refused.map(reasonOf), leftOut: leftOut.map(reasonOf), written }, null, 2))
      return 0
    }
    io.out(translate('webImportPlaced', { count: report.accepted }))
    if (report.updated) io.out(translate('webImportUpdated', { count: report.updated }))
    if (report.unchanged) io.out(translate('webImportSkipped', { count: report.unchanged }))
    const list = (title: string, notes: EntryNote[]) => {
      if (notes.length === 0) return
      io.out(title)
      for (const note of notes) io.out(`  - ${translate('webImportEntry', { entry: note.entry, id: note.id ?? '', reason: translate(note.code, note.params) })}`)
    }
    list(translate('webImportRefused', { count: report.refused.length }), report.refused)
    list(translate('webImportLeftOut', { count: report.leftOut.length }), report.leftOut)
    if (report.removed.length) io.out(translate('sanitizedRemoved', { what: report.removed.join(', ') }))
    if (written) io.out(`→ ${written}`)
    return 0
  }
}
