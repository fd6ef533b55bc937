import type { CliCommand } from '../command'
import { carryCommand } from './carry'
import { compareCommand } from './compare'
import { exportPdfCommand } from './export-pdf'
import { exportWaCommand } from './export-wa'
import { importAnnotationsCommand } from './import-annotations'
import { importReportCommand } from './import-report'
import { searchCommand } from './search'

/** Every subcommand of `npm run glossa`, in the order `--help` lists them. Add new ones here. */
export const cliCommands: readonly CliCommand[] = [
  importReportCommand,
  searchCommand,
  compareCommand,
  carryCommand,
  importAnnotationsCommand,
  exportPdfCommand,
  exportWaCommand
]
