import type { CliCommand } from '../command'
import { addSourceCommand } from './add-source'
import { carryCommand } from './carry'
import { exportCodebookCommand, importCodebookCommand } from './codebook'
import { compareCommand } from './compare'
import { exportAknCommand } from './export-akn'
import { exportCommentaryCommand } from './export-commentary'
import { exportDocxCommand } from './export-docx'
import { exportPdfCommand } from './export-pdf'
import { exportTableCommand } from './export-table'
import { exportWaCommand } from './export-wa'
import { importAnnotationsCommand } from './import-annotations'
import { importReportCommand } from './import-report'
import { importSourcesCommand } from './import-sources'
import { searchCommand } from './search'

/** Every subcommand of `npm run glossa`, in the order `--help` lists them. Add new ones here. */
export const cliCommands: readonly CliCommand[] = [
  importReportCommand,
  searchCommand,
  compareCommand,
  carryCommand,
  importSourcesCommand,
  addSourceCommand,
  importAnnotationsCommand,
  importCodebookCommand,
  exportPdfCommand,
  exportDocxCommand,
  exportCommentaryCommand,
  exportTableCommand,
  exportAknCommand,
  exportWaCommand,
  exportCodebookCommand
]
