import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/ipc'

/**
 * Loads the real Electron entry with a stand-in 'electron' module and checks what it wires up: every channel
 * of the contract registered once, routed to the very handler table (createHandlers) the end-to-end tests
 * drive, and a window with the security baseline.
 */

const electron = vi.hoisted(() => {
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const windows: { options: { webPreferences: Record<string, unknown> } }[] = []
  class FakeWindow {
    webContents = { setWindowOpenHandler: () => undefined, on: () => undefined, send: () => undefined }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this)
    }
    once() {}
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
  return { registered, windows, menus, FakeWindow, userData: '' }
})

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => undefined,
    whenReady: () => Promise.resolve(),
    getPath: () => electron.userData,
    // A Kazakh system: the menu and the welcome project follow it.
    getLocale: () => 'kk-KZ',
    on: () => undefined,
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
  shell: {}
}))

vi.mock('./handlers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./handlers')>()
  return { ...actual, createHandlers: vi.fn(actual.createHandlers) }
})

describe('Electron entry', () => {
  it('registers exactly the handler table the tests drive, behind a secure window', async () => {
    electron.userData = mkdtempSync(join(tmpdir(), 'glossa-entry-'))
    const { createHandlers } = await import('./handlers')
    await import('./index')
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1))

    expect([...electron.registered.keys()].sort()).toEqual([...channels].sort())
    expect(createHandlers).toHaveBeenCalledTimes(1)
    const table = vi.mocked(createHandlers).mock.results[0]!.value as Record<string, unknown>
    expect(Object.keys(table).sort()).toEqual([...channels].sort())

    // A registered listener reaches that table: the first start answers with the welcome project, in the system's language.
    const trusted = { senderFrame: { url: pathToFileURL(join(__dirname, '../renderer/index.html')).href }, sender: { id: 1 } }
    const reply = await electron.registered.get('app:start')!(trusted, {})
    expect(reply).toMatchObject({ ok: true, value: { firstLaunch: true, session: { project: { meta: { title: 'Glossa-ға қош келдіңіз' } } } } })
    expect(electron.menus[0]!.map((menu) => menu.label)).toEqual(['Файл', 'Түзету', 'Көрініс', 'Анықтама'])

    // A frame that is not Glossa's own renderer gets no answer it can use.
    const foreign = { senderFrame: { url: 'https://example.org/' }, sender: { id: 2 } }
    expect(await electron.registered.get('recent:list')!(foreign, {})).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })

    expect(electron.windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
  })
})
