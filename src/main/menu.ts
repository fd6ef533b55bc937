import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { commandIds, commands, menuAcceleratorOf, type CommandId } from '../shared/commands'
import { translate, type Locale, type MessageKey } from '../shared/i18n/translate'
import type { RendererEvents } from '../shared/ipc'

/**
 * The application menu, built from the shared command list. Accelerators are shown but not registered
 * here: the renderer handles the keys, so a shortcut works the same in the app and in tests.
 */

function send(command: CommandId): void {
  const payload: RendererEvents['menu:command'] = { command }
  BrowserWindow.getFocusedWindow()?.webContents.send('menu:command', payload)
}

/**
 * Undo and Redo head the Edit menu as commands, not Electron's roles: the roles undo inside the page's
 * editors behind the project's one history; the renderer decides whether a field's own undo applies.
 */
const historyCommands: readonly CommandId[] = ['undo', 'redo']

function itemOf(id: CommandId, locale: Locale, platform: string): MenuItemConstructorOptions {
  return {
    label: translate(commands[id].label, {}, locale),
    accelerator: menuAcceleratorOf(id, platform),
    registerAccelerator: false,
    click: () => send(id)
  }
}

function itemsFor(menu: 'file' | 'edit' | 'view', locale: Locale, platform: string): MenuItemConstructorOptions[] {
  return commandIds.filter((id) => commands[id].menu === menu && !historyCommands.includes(id)).map((id) => itemOf(id, locale, platform))
}

/** The menu bar in `locale`, the app's language; a packaged (released) build offers no developer tools. */
export function buildMenu(isMac: boolean, locale: Locale, isPackaged = true, platform: string = process.platform): Menu {
  const say = (key: MessageKey) => translate(key, {}, locale)
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: say('menuFile'), submenu: [...itemsFor('file', locale, platform), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit', label: say('commandQuit') }] },
    {
      label: say('menuEdit'),
      submenu: [
        ...historyCommands.map((id) => itemOf(id, locale, platform)),
        { type: 'separator' },
        { role: 'cut', label: say('commandCut') },
        { role: 'copy', label: say('commandCopy') },
        { role: 'paste', label: say('commandPaste') },
        { role: 'selectAll', label: say('commandSelectAll') },
        { type: 'separator' },
        ...itemsFor('edit', locale, platform)
      ]
    },
    {
      label: say('menuView'),
      submenu: [...itemsFor('view', locale, platform), ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: say('commandToggleDevTools') }])]
    },
    { label: say('menuHelp'), role: 'help', submenu: [{ role: 'about', label: say('commandAbout') }] }
  ]
  return Menu.buildFromTemplate(template)
}
