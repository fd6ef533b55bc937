import { app, BrowserWindow, ipcMain, Menu, session } from 'electron'
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
  registerIpc(ipcMain, createHandlers({ host: electronHost(), appDataDir: app.getPath('userData') }), isTrustedRendererUrl)
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin'))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
