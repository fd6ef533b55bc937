import { app, BrowserWindow, ipcMain, Menu, session } from 'electron'
import { localeFor } from '../shared/i18n/locale'
import { setDefaultLocale } from '../shared/i18n/translate'
import { createHandlers } from './handlers'
import { electronHost } from './electron-host'
import { buildMenu } from './menu'
import { registerIpc } from './register-ipc'
import { hardenSession } from './security'
import { createWindow, isTrustedRendererUrl } from './window'

/** Electron entry: thin by design. Everything it wires up is tested outside Electron. */

app.enableSandbox()

void app.whenReady().then(() => {
  hardenSession(session.defaultSession)
  // The system's language, read once it is known (after ready); everything main says follows it.
  const locale = localeFor(app.getLocale())
  setDefaultLocale(locale)
  registerIpc(ipcMain, createHandlers({ host: electronHost(locale), appDataDir: app.getPath('userData'), locale }), isTrustedRendererUrl)
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', locale))
  createWindow(locale)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(locale)
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
