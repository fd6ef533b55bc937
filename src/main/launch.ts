import { isAbsolute, resolve } from 'node:path'
import { projectExtension } from '../shared/project/schema'

/**
 * Launching Glossa with a file (double-click on a `.glossa`, "Open with", a command line), as plain functions:
 * one running Glossa owns every window (a single-instance lock), so a second launch hands its file to it.
 */

/**
 * The project file a launch asks to open: the last argument naming a `.glossa` file, resolved against the
 * launch's working folder. Options (`--x`), the executable and the app's own path are never taken for it.
 */
export function projectFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const candidates = argv.slice(1).filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(`.${projectExtension}`))
  const last = candidates.at(-1)
  if (!last) return null
  return isAbsolute(last) ? resolve(last) : resolve(workingDirectory, last)
}

/** A window as the launch router sees it: its id and the file its project lives in. */
export interface OpenWindow {
  id: number
  path: string | null
}

export type LaunchRoute = { action: 'focus'; windowId: number } | { action: 'openWindow'; path: string | null }

/**
 * Where a launch goes. A file already open in a window: that window comes to the front (never a second copy
 * of the same file). Another file: a new window, so no window's unsaved work is replaced. No file: the
 * focused window (or the last one) comes to the front; with no window at all, a new one opens.
 */
export function routeLaunch(path: string | null, windows: readonly OpenWindow[], focusedId: number | null): LaunchRoute {
  if (path) {
    const holder = windows.find((window) => window.path === path)
    return holder ? { action: 'focus', windowId: holder.id } : { action: 'openWindow', path }
  }
  const target = windows.find((window) => window.id === focusedId) ?? windows.at(-1)
  return target ? { action: 'focus', windowId: target.id } : { action: 'openWindow', path: null }
}
