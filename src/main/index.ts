import { app, BrowserWindow, ipcMain, nativeTheme, session } from 'electron'
import { localeFor } from '../shared/i18n/locale'
import { setDefaultLocale, type Locale } from '../shared/i18n/translate'
import { createHandlers } from './handlers'
import { electronHost } from './electron-host'
import { HotExitJournals } from './journal/hot-exit-journals'
import { projectFileFromArgv, routeLaunch } from './launch'
import { showMenu } from './menu'
import { registerIpc } from './register-ipc'
import { hardenSession } from './security'
import { WindowSessions } from './session/window-sessions'
import { SettingsStore } from './settings/settings-store'
import { createWindow, isTrustedRendererUrl } from './window'

/** Electron entry: thin by design. Everything it wires up is tested outside Electron. */

app.enableSandbox()

const sessions = new WindowSessions()
let journals: HotExitJournals | null = null
/** Files asked for (macOS "open-file") before the app is ready to open windows. */
const earlyFiles: string[] = []
let launch: ((path: string | null) => void) | null = null

app.on('open-file', (event, path) => {
  event.preventDefault()
  if (launch) launch(path)
  else earlyFiles.push(path)
})

let settings: SettingsStore | null = null

async function openWindow(locale: Locale, path: string | null): Promise<void> {
  const window = await createWindow(locale, settings!, (windowId) => void journals?.discardWindow(windowId))
  const windowId = window.webContents.id
  if (path) sessions.openOnStart(windowId, path)
  // The window's project, queue and file knowledge go with it; an unsaved journal stays for the next start.
  window.on('closed', () => {
    sessions.close(windowId)
    journals?.releaseWindow(windowId)
  })
}

function start(): void {
  void app.whenReady().then(ready)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

function ready(): void {
  hardenSession(session.defaultSession)
  // The system's language, read once it is known (after ready); everything main says follows it.
  const locale = localeFor(app.getLocale())
  setDefaultLocale(locale)
  const appDataDir = app.getPath('userData')
  settings = new SettingsStore(appDataDir)
  void settings.view().then((view) => (nativeTheme.themeSource = view.theme))
  journals = new HotExitJournals(appDataDir)
  registerIpc(ipcMain, createHandlers({ host: electronHost(locale), appDataDir, locale, sessions, settings, journals }), isTrustedRendererUrl)
  showMenu(locale)

  launch = (path) => {
    const windows = BrowserWindow.getAllWindows().map((window) => ({ id: window.webContents.id, path: sessions.pathOf(window.webContents.id) }))
    const route = routeLaunch(path, windows, BrowserWindow.getFocusedWindow()?.webContents.id ?? null)
    if (route.action === 'openWindow') return void openWindow(locale, route.path)
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.id === route.windowId)
    if (window?.isMinimized()) window.restore()
    window?.focus()
  }
  app.on('second-instance', (_event, argv, workingDirectory) => launch?.(projectFileFromArgv(argv, workingDirectory)))

  void openWindow(locale, earlyFiles.pop() ?? projectFileFromArgv(process.argv, process.cwd()))
  for (const path of earlyFiles.splice(0)) launch(path)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow(locale, null)
  })
}

// One Glossa owns every window and file: a second launch hands its file to the first (second-instance) and quits.
if (app.requestSingleInstanceLock()) start()
else app.quit()
