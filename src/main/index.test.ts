import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/ipc'
import { createProject } from '../shared/project/create'
import { serialiseProject } from '../shared/project/parse'

/**
 * Loads the real Electron entry with a stand-in 'electron' module and checks what it wires up: every channel
 * of the contract registered once, routed to the very handler table (createHandlers) the end-to-end tests
 * drive, and a window with the security baseline.
 */

const electron = vi.hoisted(() => {
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const windows: { options: { webPreferences: Record<string, unknown>; x?: number; y?: number; width?: number }; webContents: { id: number }; listeners: Map<string, () => void> }[] = []
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  class FakeWindow {
    webContents = { id: 100 + windows.length, setWindowOpenHandler: () => undefined, on: () => undefined, send: () => undefined }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this)
    }
    listeners = new Map<string, () => void>()
    once() {}
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener)
    }
    maximize() {}
    isMaximized = () => false
    getNormalBounds = () => ({ x: 30, y: 40, width: 1000, height: 700 })
    isMinimized = () => false
    focus() {}
    loadFile() {
      return Promise.resolve()
    }
    loadURL() {
      return Promise.resolve()
    }
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
  }
  const menus: { label?: string }[][] = []
  const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false }
  return { registered, windows, menus, FakeWindow, appListeners, userData: '', nativeTheme }
})

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => undefined,
    whenReady: () => Promise.resolve(),
    getPath: () => electron.userData,
    // A Kazakh system: the menu and the welcome project follow it.
    getLocale: () => 'kk-KZ',
    on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener),
    requestSingleInstanceLock: () => true,
    isPackaged: true,
    quit: () => undefined
  },
  ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => electron.registered.set(channel, listener) },
  Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (template: { label?: string }[]) => electron.menus.push(template) },
  BrowserWindow: electron.FakeWindow,
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: () => undefined },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined
    }
  },
  dialog: {},
  shell: {},
  nativeTheme: electron.nativeTheme,
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
  }
}))

vi.mock('./handlers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./handlers')>()
  return { ...actual, createHandlers: vi.fn(actual.createHandlers) }
})

describe('Electron entry', () => {
  it('registers exactly the handler table the tests drive, behind a secure window', async () => {
    electron.userData = mkdtempSync(join(tmpdir(), 'glossa-entry-'))
    // The user left Glossa in the dark theme, its window at (200, 100).
    writeFileSync(join(electron.userData, 'settings.json'), JSON.stringify({ view: { theme: 'dark', sidebars: {} }, window: { x: 200, y: 100, width: 1100, height: 800, maximized: false } }))
    const { createHandlers } = await import('./handlers')
    await import('./index')
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1))

    expect([...electron.registered.keys()].sort()).toEqual([...channels].sort())
    expect(createHandlers).toHaveBeenCalledTimes(1)
    const table = vi.mocked(createHandlers).mock.results[0]!.value as Record<string, unknown>
    expect(Object.keys(table).sort()).toEqual([...channels].sort())

    // A registered listener reaches that table: the first start answers with the welcome project, in the system's language.
    const trusted = { senderFrame: { url: pathToFileURL(join(__dirname, '../renderer/index.html')).href }, sender: { id: electron.windows[0]!.webContents.id } }
    const reply = await electron.registered.get('app:start')!(trusted, {})
    expect(reply).toMatchObject({ ok: true, value: { firstLaunch: true, session: { project: { meta: { title: 'Glossa-ға қош келдіңіз' } } } } })
    expect(electron.menus[0]!.map((menu) => menu.label)).toEqual(['Файл', 'Түзету', 'Көрініс', 'Анықтама'])

    // A frame that is not Glossa's own renderer gets no answer it can use.
    const foreign = { senderFrame: { url: 'https://example.org/' }, sender: { id: 2 } }
    expect(await electron.registered.get('recent:list')!(foreign, {})).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })

    expect(electron.windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false })
    // A released build's menu has no developer tools.
    expect(JSON.stringify(electron.menus[0])).not.toContain('toggleDevTools')

    // The window opens where it was, in the theme that was chosen, and remembers where it is closed.
    expect(electron.windows[0]!.options).toMatchObject({ x: 200, y: 100, width: 1100 })
    expect(electron.nativeTheme.themeSource).toBe('dark')
    electron.windows[0]!.listeners.get('close')!()
    await vi.waitFor(() => expect(JSON.parse(readFileSync(join(electron.userData, 'settings.json'), 'utf8')).window).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: false }))
    // Loading the whole main process takes seconds on a busy machine.
  }, 30_000)
})

describe('a second launch', () => {
  it('opens its file in the running Glossa, in a new window that starts on that file', async () => {
    await import('./index')
    await vi.waitFor(() => expect(electron.appListeners.has('second-instance')).toBe(true))
    const folder = mkdtempSync(join(tmpdir(), 'glossa-second-'))
    const file = join(folder, 'colleague.glossa')
    writeFileSync(file, serialiseProject(createProject({ title: 'Opened by a second launch' })))
    const before = electron.windows.length
    electron.appListeners.get('second-instance')!({}, ['/opt/Glossa/glossa', 'colleague.glossa'], folder)
    await vi.waitFor(() => expect(electron.windows).toHaveLength(before + 1))
    const sender = { senderFrame: { url: pathToFileURL(join(__dirname, '../renderer/index.html')).href }, sender: { id: electron.windows.at(-1)!.webContents.id } }
    expect(await electron.registered.get('app:start')!(sender, {})).toMatchObject({ ok: true, value: { session: { fileName: 'colleague.glossa', project: { meta: { title: 'Opened by a second launch' } } } } })
  })
})
