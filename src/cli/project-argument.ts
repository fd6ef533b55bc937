import { readFile } from 'node:fs/promises'
import { translate } from '../shared/i18n/translate'
import { parseProjectFile } from '../shared/project/parse'
import type { ProjectFile } from '../shared/project/schema'
import { CliFailure } from './command'

/** Reads and validates a `.glossa` file named on the command line; a missing or damaged file is a plain refusal. */
export async function readProjectArgument(path: string): Promise<ProjectFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new CliFailure(translate('errorFileNotFound', { fileName: path }))
  }
  const project = parseProjectFile(text)
  if (!project.ok) throw new CliFailure(`${path}: ${translate(project.error.code, project.error.params)}`)
  return project.value
}
