import type { CliCommand } from '../command'
import { exportPdfCommand } from './export-pdf'
import { importReportCommand } from './import-report'
import { searchCommand } from './search'

/** Every subcommand of `npm run glossa`, in the order `--help` lists them. Add new ones here. */
export const cliCommands: readonly CliCommand[] = [importReportCommand, exportPdfCommand, searchCommand]
