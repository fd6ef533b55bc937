import type { CommandId } from '../../../shared/commands'
import type { MergeAction, SelectionActionName, WorkbenchDialog } from './command-context'
import type { ProjectActions } from '../store/project-actions'
import { undoOrRedo, type HistoryDirection } from './undo-redo'

/** What a command can reach in the workbench. */
export interface CommandContext {
  project: ProjectActions
  /** One step back or forward in the project's one history. */
  history(direction: HistoryDirection): void
  /** Runs `action` now, or after the user agrees to discard unsaved changes. */
  guarded(action: () => void): void
  openDialog(dialog: WorkbenchDialog): void
  annotate(action: SelectionActionName): void
  merge: MergeAction
  /** "Compare with Another Version…": the compare view of the open text and a file main imports. */
  compare: { start(): Promise<void> }
  web: { importFile(): void; exportAll(): void }
  akn: { exportAkn(): void }
  toggleEdit(): void
  openSearch(): void
  openExport(): void
  /** Whether a text is shown (search and go-to need one). */
  hasText: boolean
}

/** Every app command and what it does: the menu and the keyboard both run commands from this table. */
export const commandTable: Record<CommandId, (app: CommandContext) => void> = {
  undo: (app) => undoOrRedo('undo', app.history),
  redo: (app) => undoOrRedo('redo', app.history),
  newProject: (app) => app.guarded(() => void app.project.newProject()),
  openProject: (app) => app.guarded(() => void app.project.openProject()),
  closeProject: (app) => app.guarded(() => void app.project.closeProject()),
  save: (app) => void app.project.save(false),
  saveAs: (app) => void app.project.save(true),
  highlight: (app) => app.annotate('highlight'),
  comment: (app) => app.annotate('comment'),
  tagSelection: (app) => app.annotate('tag'),
  importPasted: (app) => app.openDialog({ kind: 'paste' }),
  mergeFromFile: (app) => void app.merge.start(),
  compareWithVersion: (app) => void app.compare.start(),
  importWebAnnotations: (app) => app.web.importFile(),
  exportWebAnnotations: (app) => app.web.exportAll(),
  exportAkn: (app) => app.akn.exportAkn(),
  importText: (app) => void app.project.importText().then((imported) => imported && app.openDialog({ kind: 'import', imported })),
  // The same import as a text's (main's dialog, every format), then the notes are carried to it.
  importRevision: (app) =>
    app.hasText ? void app.project.importText().then((imported) => imported && app.openDialog({ kind: 'revision', imported })) : app.project.showError({ code: 'revisionNoText' }),
  toggleEdit: (app) => app.toggleEdit(),
  search: (app) => app.hasText && app.openSearch(),
  parallelView: (app) => app.hasText && app.openDialog({ kind: 'parallel' }),
  goToArticle: (app) => app.hasText && app.openDialog({ kind: 'goTo' }),
  exportDocument: (app) => app.openExport(),
  restoreVersion: (app) => app.guarded(() => app.openDialog({ kind: 'restoreVersion' }))
}
