import { exportAkomaNtoso } from '../../shared/akn/export'
import { translate } from '../../shared/i18n/translate'
import { writeFileAtomic } from '../../main/store/atomic-write'
import { CliFailure, parseCommandLine, positionalArguments, UsageError, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** The legal text of a project as Akoma Ntoso 3.0, as the app's File > Export Akoma Ntoso writes it. */
export const exportAknCommand: CliCommand = {
  name: 'export-akn',
  summary: "write a project's legal text as Akoma Ntoso 3.0 XML (valid against the OASIS schema)",
  usage: `Usage: npm run glossa -- export-akn PROJECT.glossa OUT.xml [--country CC] [--number N]
  --country CC   ISO 3166-1 country of the FRBR URIs (default: what the imported file said, else "xx")
  --number N     number of the act in the FRBR URIs (default: what the imported file said, else from the title)`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { country: { type: 'string' }, number: { type: 'string' } })
    const [input, output] = positionalArguments(positionals, ['PROJECT.glossa', 'OUT.xml'])
    if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) throw new UsageError(`Invalid country "${values.country}": two letters (ISO 3166-1), e.g. kz.`)
    if (values.number !== undefined && !/[\p{L}\p{N}]/u.test(values.number)) throw new UsageError(`Invalid number "${values.number}": it needs a letter or digit.`)
    const project = await readProjectArgument(input)
    const document = project.document
    if (!document) throw new CliFailure(translate('errorExportNoDocument'))
    const xml = exportAkomaNtoso(document.content, { language: document.language, date: new Date().toISOString(), country: values.country, number: values.number })
    try {
      await writeFileAtomic(output, xml)
    } catch (error) {
      throw new CliFailure(`${translate('errorExportFailed', { fileName: output })} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
    io.out(`${output}: ${Buffer.byteLength(xml)} bytes`)
    return 0
  }
}
