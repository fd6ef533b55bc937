import { translate } from '../../shared/i18n/translate'
import { writeWebAnnotationFile } from '../../main/exchange/web-annotation-files'
import { CliFailure, parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** A project's annotations and replies as a W3C AnnotationCollection, the same file the app's export writes. */
export const exportWaCommand: CliCommand = {
  name: 'export-wa',
  summary: 'write a project\'s annotations as W3C Web Annotation JSON-LD (an AnnotationCollection)',
  usage: 'Usage: npm run glossa -- export-wa PROJECT.glossa OUT.jsonld',
  async run(args, io) {
    const { positionals } = parseCommandLine(args, {})
    const [input, output] = positionalArguments(positionals, ['PROJECT.glossa', 'OUT.jsonld'])
    const project = await readProjectArgument(input)
    let items: number
    try {
      items = (await writeWebAnnotationFile(output, project)).total
    } catch (error) {
      throw new CliFailure(`${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    io.out(translate('exportWebAnnotationsWritten', { count: project.annotations.length, items, path: output }))
    return 0
  }
}
