import type { MessageKey } from './i18n/messages.en'

/** A command's entry: `windowsAccelerator` is what Windows shows instead; both keys work everywhere. */
interface CommandEntry {
  label: MessageKey
  accelerator: string
  windowsAccelerator?: string
  menu: 'file' | 'edit' | 'view'
}

/**
 * The app's commands, in one list that both the application menu (main) and the keyboard shortcuts
 * (renderer) are built from. Accelerators use Electron's notation; `CmdOrCtrl` is Cmd on macOS.
 */
export const commands = {
  // Undo and Redo walk the project's one history (or, while typing, the field's own): never Electron's roles.
  undo: { label: 'commandUndo', accelerator: 'CmdOrCtrl+Z', menu: 'edit' },
  redo: { label: 'commandRedo', accelerator: 'CmdOrCtrl+Shift+Z', windowsAccelerator: 'CmdOrCtrl+Y', menu: 'edit' },
  newProject: { label: 'commandNewProject', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  openProject: { label: 'commandOpenProject', accelerator: 'CmdOrCtrl+O', menu: 'file' },
  save: { label: 'commandSave', accelerator: 'CmdOrCtrl+S', menu: 'file' },
  saveAs: { label: 'commandSaveAs', accelerator: 'CmdOrCtrl+Shift+S', menu: 'file' },
  importText: { label: 'commandImportText', accelerator: 'CmdOrCtrl+I', menu: 'file' },
  importRevision: { label: 'commandImportRevision', accelerator: 'CmdOrCtrl+Alt+R', menu: 'file' },
  mergeFromFile: { label: 'commandMergeFromFile', accelerator: 'CmdOrCtrl+Shift+M', menu: 'file' },
  compareWithVersion: { label: 'commandCompareWithVersion', accelerator: 'CmdOrCtrl+Alt+C', menu: 'file' },
  importWebAnnotations: { label: 'commandImportWebAnnotations', accelerator: 'CmdOrCtrl+Alt+I', menu: 'file' },
  exportWebAnnotations: { label: 'commandExportWebAnnotations', accelerator: 'CmdOrCtrl+Alt+E', menu: 'file' },
  exportDocument: { label: 'commandExport', accelerator: 'CmdOrCtrl+Shift+E', menu: 'file' },
  exportAkn: { label: 'commandExportAkn', accelerator: 'CmdOrCtrl+Shift+X', menu: 'file' },
  importPasted: { label: 'commandImportPasted', accelerator: 'CmdOrCtrl+Shift+V', menu: 'file' },
  restoreVersion: { label: 'commandRestoreVersion', accelerator: 'CmdOrCtrl+Alt+B', menu: 'file' },
  closeProject: { label: 'commandClose', accelerator: 'CmdOrCtrl+W', menu: 'file' },
  toggleEdit: { label: 'commandToggleEdit', accelerator: 'CmdOrCtrl+E', menu: 'edit' },
  goToArticle: { label: 'commandGoToArticle', accelerator: 'CmdOrCtrl+G', menu: 'view' },
  parallelView: { label: 'commandParallelView', accelerator: 'CmdOrCtrl+Alt+L', menu: 'view' },
  search: { label: 'commandSearch', accelerator: 'CmdOrCtrl+F', menu: 'view' },
  highlight: { label: 'selectionHighlight', accelerator: 'CmdOrCtrl+Shift+H', menu: 'edit' },
  comment: { label: 'selectionComment', accelerator: 'CmdOrCtrl+Alt+M', menu: 'edit' },
  tagSelection: { label: 'selectionTag', accelerator: 'CmdOrCtrl+Shift+G', menu: 'edit' }
} as const satisfies Record<string, CommandEntry>

export type CommandId = keyof typeof commands

export const commandIds = Object.keys(commands) as CommandId[]

/** Every key that runs `id`: its accelerator and, where it has one, the Windows one. */
export function acceleratorsOf(id: CommandId): string[] {
  const entry: CommandEntry = commands[id]
  return entry.windowsAccelerator ? [entry.accelerator, entry.windowsAccelerator] : [entry.accelerator]
}

/** The accelerator the menu shows for `id` on `platform` (Node's `process.platform` names). */
export function menuAcceleratorOf(id: CommandId, platform: string): string {
  const entry: CommandEntry = commands[id]
  return (platform === 'win32' && entry.windowsAccelerator) || entry.accelerator
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(commands, value)
}

/** Whether a key event matches an accelerator such as `CmdOrCtrl+Shift+S`, on the given platform. */
export function matchesAccelerator(
  accelerator: string,
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean
): boolean {
  const parts = accelerator.split('+')
  const key = parts.pop()!.toLowerCase()
  const wants = new Set(parts.map((part) => part.toLowerCase()))
  const primary = isMac ? event.metaKey : event.ctrlKey
  const secondary = isMac ? event.ctrlKey : event.metaKey
  return (
    event.key.toLowerCase() === key &&
    primary === wants.has('cmdorctrl') &&
    !secondary &&
    event.shiftKey === wants.has('shift') &&
    event.altKey === wants.has('alt')
  )
}
