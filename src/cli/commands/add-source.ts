import { translate } from '../../shared/i18n/translate'
import { withoutSnapshot } from '../../shared/sources/snapshot'
import { addSourceFromReading } from '../../shared/sources/web/add-source'
import { readSourceFromPath } from '../../main/sources/source-files'
import { writeProject } from '../../main/store/project-store'
import { CliFailure, parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** Adds a source read from a saved page, PDF, DOCX or text file, with its text archived in the project. */
export const addSourceCommand: CliCommand = {
  name: 'add-source',
  summary: 'add a source from a saved web page, PDF, DOCX or text file, keeping its text in the project',
  usage: `Usage: npm run glossa -- add-source PROJECT.glossa FILE [--json] [--out OUT.glossa]
  --json             print the CSL item made, with "archived": true, the "characters" kept and each field's "origins"
  --out FILE         write the project to OUT.glossa instead of PROJECT.glossa`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' }, out: { type: 'string' } })
    const [projectPath, file] = positionalArguments(positionals, ['PROJECT.glossa', 'FILE'])
    const project = await readProjectArgument(projectPath)
    const takenAt = new Date()
    const read = await readSourceFromPath(file, takenAt)
    if (!read.ok) throw new CliFailure(translate(read.error.code, read.error.params))
    const { fileName, reading } = read.value
    const added = addSourceFromReading(project.sources, reading, { fileName, takenAt })
    await writeProject(values.out ?? projectPath, { ...project, sources: added.library })
    const characters = added.item.snapshot?.text.length ?? 0
    if (values.json) {
      const origins = Object.fromEntries([...Object.entries(reading.fields).map(([field, found]) => [field, found.origin]), ['type', reading.type.origin]])
      io.out(JSON.stringify({ ...withoutSnapshot(added.item), archived: added.item.snapshot !== undefined, characters, origins }, null, 2))
    } else {
      io.out(translate(added.merged ? 'sourceFileMerged' : 'sourceFileAdded', { fileName, id: added.item.id, characters }))
      io.out(`→ ${values.out ?? projectPath}`)
    }
    return 0
  }
}
