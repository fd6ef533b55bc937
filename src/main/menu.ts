import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { commandIds, commands, type CommandId } from '../shared/commands'
import { translate } from '../shared/i18n/translate'
import type { RendererEvents } from '../shared/ipc'

/**
 * The application menu, built from the shared command list. Accelerators are shown but not registered
 * here: the renderer handles the keys, so a shortcut works the same in the app and in tests.
 */

function send(command: CommandId): void {
  const payload: RendererEvents['menu:command'] = { command }
  BrowserWindow.getFocusedWindow()?.webContents.send('menu:command', payload)
}

function itemsFor(menu: 'file' | 'edit' | 'view'): MenuItemConstructorOptions[] {
  return commandIds
    .filter((id) => commands[id].menu === menu)
    .map((id) => ({
      label: translate(commands[id].label),
      accelerator: commands[id].accelerator,
      registerAccelerator: false,
      click: () => send(id)
    }))
}

export function buildMenu(isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: translate('menuFile'), submenu: [...itemsFor('file'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit', label: translate('commandQuit') }] },
    {
      label: translate('menuEdit'),
      submenu: [
        { role: 'undo', label: translate('commandUndo') },
        { role: 'redo', label: translate('commandRedo') },
        { type: 'separator' },
        { role: 'cut', label: translate('commandCut') },
        { role: 'copy', label: translate('commandCopy') },
        { role: 'paste', label: translate('commandPaste') },
        { role: 'selectAll', label: translate('commandSelectAll') },
        { type: 'separator' },
        ...itemsFor('edit')
      ]
    },
    { label: translate('menuView'), submenu: [...itemsFor('view'), { type: 'separator' }, { role: 'toggleDevTools', label: translate('commandToggleDevTools') }] },
    { label: translate('menuHelp'), role: 'help', submenu: [{ role: 'about', label: translate('commandAbout') }] }
  ]
  return Menu.buildFromTemplate(template)
}
