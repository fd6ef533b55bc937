import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, nativeTheme, screen } from 'electron'
import { translate, type Locale } from '../shared/i18n/translate'
import { hardenWindow } from './security'
import type { SettingsStore } from './settings/settings-store'
import { restoredBounds } from './settings/window-bounds'

const rendererFile = join(__dirname, '../renderer/index.html')
const devServerUrl = process.env['ELECTRON_RENDERER_URL']

/** Whether a frame's URL is Glossa's own renderer (the built file, or the dev server in development). */
export function isTrustedRendererUrl(url: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true
  return url.startsWith(pathToFileURL(rendererFile).href)
}

/** The screens' work areas, the primary one first (where a window goes when its old place is gone). */
function workAreas() {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea)
}

/**
 * A Glossa window, where the last one was closed (see window-bounds.ts); its title and close prompt speak
 * `locale`, the app's language. `onDiscard`: the user chose to close it without saving (its hot-exit journal goes).
 */
export async function createWindow(locale: Locale, settings: SettingsStore, onDiscard: (windowId: number) => void): Promise<BrowserWindow> {
  const bounds = restoredBounds(await settings.windowState(), workAreas())
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    // The page's own background, so that opening in the dark theme does not flash white.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1e24' : '#fdfcf9',
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: translate('appName', {}, locale),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Released builds have no DevTools: no console in which to drive window.glossa by hand.
      devTools: !app.isPackaged,
      spellcheck: false
    }
  })
  // A followed link goes to the renderer, which opens it through shell:openExternal (asking first, see main/links).
  hardenWindow(window, (url) => window.webContents.send('link:open', { url }))
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => void settings.saveWindowState({ ...window.getNormalBounds(), maximized: window.isMaximized() }))

  // The renderer refuses to unload while there are unsaved changes; ask the user before closing.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [translate('discard', {}, locale), translate('cancel', {}, locale)],
      defaultId: 1,
      cancelId: 1,
      title: translate('confirmDiscardTitle', {}, locale),
      message: translate('confirmDiscard', {}, locale)
    })
    if (choice === 0) {
      onDiscard(window.webContents.id)
      event.preventDefault()
    }
  })

  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
  return window
}
