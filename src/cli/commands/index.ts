import type { CliCommand } from '../command'
import { exportCommentaryCommand } from './export-commentary'
import { exportDocxCommand } from './export-docx'
import { exportPdfCommand } from './export-pdf'
import { importReportCommand } from './import-report'

/** Every subcommand of `npm run glossa`, in the order `--help` lists them. Add new ones here. */
export const cliCommands: readonly CliCommand[] = [importReportCommand, exportPdfCommand, exportDocxCommand, exportCommentaryCommand]
