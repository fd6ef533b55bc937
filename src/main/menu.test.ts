import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

/** The real menu template, built with a stand-in 'electron' that hands back the template and records what is sent. */
const electron = vi.hoisted(() => ({ sent: [] as { channel: string; payload: unknown }[] }))

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  BrowserWindow: {
    getFocusedWindow: () => ({ webContents: { send: (channel: string, payload: unknown) => electron.sent.push({ channel, payload }) } })
  }
}))

const { buildMenu } = await import('./menu')

function editMenu(isMac: boolean, platform: string, locale: 'en' | 'ru' | 'kk' = 'en'): MenuItemConstructorOptions[] {
  const template = buildMenu(isMac, locale, true, platform) as unknown as MenuItemConstructorOptions[]
  return template[isMac ? 2 : 1]!.submenu as MenuItemConstructorOptions[]
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)()

describe('Edit menu', () => {
  it('sends Undo and Redo to the page as commands, not as Electron roles that bypass the project history', () => {
    const [undo, redo] = editMenu(false, 'linux')
    expect(undo).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false })
    expect(redo).toMatchObject({ label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false })
    expect(undo!.role).toBeUndefined()
    expect(redo!.role).toBeUndefined()
    electron.sent.length = 0
    click(undo!)
    click(redo!)
    expect(electron.sent).toEqual([
      { channel: 'menu:command', payload: { command: 'undo' } },
      { channel: 'menu:command', payload: { command: 'redo' } }
    ])
  })

  it('has no undo or redo role anywhere, and keeps the clipboard roles', () => {
    for (const [isMac, platform] of [[true, 'darwin'], [false, 'win32'], [false, 'linux']] as const) {
      const roles = editMenu(isMac, platform).map((item) => item.role).filter(Boolean)
      expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll'])
      expect(JSON.stringify(buildMenu(isMac, 'en', false, platform))).not.toMatch(/"role":"(undo|redo)"/)
    }
  })

  it('shows Redo as each platform expects it, in the app’s language', () => {
    expect(editMenu(false, 'win32')[1]!.accelerator).toBe('CmdOrCtrl+Y')
    expect(editMenu(true, 'darwin')[1]!.accelerator).toBe('CmdOrCtrl+Shift+Z')
    expect(editMenu(false, 'linux', 'ru').slice(0, 2).map((item) => item.label)).toEqual(['Отменить', 'Повторить'])
  })
})

describe('File > Open Recent', () => {
  const entries = [
    { id: 'r1', title: 'Commentary on Article 40', fileName: 'art40.glossa', openedAt: '2026-12-01T10:00:00.000Z', missing: false },
    { id: 'r2', title: '', fileName: 'moved.glossa', openedAt: '2026-11-01T10:00:00.000Z', missing: true }
  ]
  const openRecent = (locale: 'en' | 'ru' | 'kk', clear = () => undefined) => {
    const template = buildMenu(false, locale, true, 'linux', { entries, clear }) as unknown as MenuItemConstructorOptions[]
    const file = template[0]!.submenu as MenuItemConstructorOptions[]
    const index = file.findIndex((item) => Array.isArray(item.submenu))
    return { item: file[index]!, before: file[index - 1]!, submenu: file[index]!.submenu as MenuItemConstructorOptions[] }
  }

  it('follows Open Project, opens an entry in the focused window, and shows a missing file as missing', () => {
    const { item, before, submenu } = openRecent('en')
    expect(before.label).toBe('Open Project…')
    expect(item.label).toBe('Open Recent')
    expect(submenu[0]).toMatchObject({ label: 'Commentary on Article 40' })
    expect(submenu[1]).toMatchObject({ label: 'moved.glossa (missing)', enabled: false })
    electron.sent.length = 0
    click(submenu[0]!)
    expect(electron.sent).toEqual([{ channel: 'menu:openRecent', payload: { recentId: 'r1' } }])
  })

  it('clears the list through main, in the app’s language', () => {
    let cleared = 0
    const { item, submenu } = openRecent('kk', () => {
      cleared += 1
    })
    expect(item.label).toBe('Соңғыларын ашу')
    const clear = submenu.at(-1)!
    expect(clear.label).toBe('Тізімді тазарту')
    click(clear)
    expect(cleared).toBe(1)
  })
})
