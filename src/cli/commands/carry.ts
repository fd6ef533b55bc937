import { randomUUID } from 'node:crypto'
import { basename, resolve } from 'node:path'
import { reviseProject } from '../../shared/editions/revise-project'
import { carryStatusText, carrySummary } from '../../shared/editions/summary'
import { translate } from '../../shared/i18n/translate'
import { stampChanges } from '../../shared/merge/stamp'
import { writeProject } from '../../main/store/project-store'
import { CliFailure, parseCommandLine, positionalArguments, UsageError, type CliCommand } from '../command'
import { importArgument } from '../import-argument'
import { readProjectArgument } from '../project-argument'

/** A project's notes carried to a revised edition of its text, written as a new project. */
export const carryCommand: CliCommand = {
  name: 'carry',
  summary: "carry a project's notes to a revised edition of its text (exact, moved, changed, orphaned)",
  usage: `Usage: npm run glossa -- carry PROJECT.glossa REVISED_FILE --out NEW.glossa [--json]
  REVISED_FILE   the revised edition, in any format import reads (txt, md, html, docx, pdf, Akoma Ntoso)
  --out FILE     the new project: the revised text with the notes carried over (PROJECT is left as it is)
  --json         print {"annotations":[{"id","from","to","status"}]}`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' }, out: { type: 'string' } })
    const [projectFile, revisedFile] = positionalArguments(positionals, ['PROJECT.glossa', 'REVISED_FILE'])
    if (!values.out) throw new UsageError('Missing --out NEW.glossa.')
    if (resolve(values.out) === resolve(projectFile)) throw new CliFailure(translate('errorCarryOverwrite', { path: projectFile }))
    const project = await readProjectArgument(projectFile)
    if (!project.document) throw new CliFailure(`${projectFile}: ${translate('errorCarryNoDocument')}`)
    const revised = await importArgument(revisedFile)
    const { project: next, carried } = reviseProject(
      { ...project, document: project.document },
      { language: revised.report.language, source: { fileName: basename(revisedFile), format: revised.report.format }, content: revised.doc }
    )
    // Recorded as an edit by this run, so that a later merge knows these targets changed.
    const now = new Date()
    await writeProject(values.out, stampChanges(project, { ...next, meta: { ...next.meta, modified: now.toISOString() } }, `glossa-cli-${randomUUID()}`, now.getTime()))
    if (values.json) {
      io.out(JSON.stringify({ annotations: carried.notes.map(({ id, from, to, status }) => ({ id, from, to, status })) }, null, 2))
      return 0
    }
    io.out(carrySummary(carried.notes))
    for (const note of carried.notes) {
      if (note.status === 'exact' || note.status === 'moved') continue
      io.out(`  ${note.id} (${note.from}${note.to && note.to !== note.from ? ` → ${note.to}` : ''}): ${carryStatusText(note.status)}`)
    }
    io.out(`→ ${values.out}`)
    return 0
  }
}
