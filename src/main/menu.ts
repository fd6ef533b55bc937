import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { commandIds, commands, menuAcceleratorOf, type CommandId } from '../shared/commands'
import { translate, type Locale, type MessageKey } from '../shared/i18n/translate'
import type { RecentProject, RendererEvents } from '../shared/ipc'

/**
 * The application menu, built from the shared command list. Accelerators are shown but not registered
 * here: the renderer handles the keys, so a shortcut works the same in the app and in tests.
 */

function sendToFocused<E extends keyof RendererEvents>(event: E, payload: RendererEvents[E]): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(event, payload)
}

const send = (command: CommandId) => sendToFocused('menu:command', { command })

/** The recent list as the menu shows it, and what Clear Recent does (main owns the list). */
export interface RecentMenu {
  entries: RecentProject[]
  clear: () => void
}

const noRecent: RecentMenu = { entries: [], clear: () => undefined }

/**
 * File > Open Recent: each entry opens in the focused window (the renderer asks about unsaved work first);
 * a file that is no longer there is shown as missing and cannot be chosen.
 */
export function openRecentMenu(recent: RecentMenu, locale: Locale): MenuItemConstructorOptions {
  const say = (key: MessageKey, params: Record<string, string> = {}) => translate(key, params, locale)
  const entries: MenuItemConstructorOptions[] = recent.entries.map((entry) => {
    const name = entry.title || entry.fileName
    return entry.missing
      ? { label: say('menuRecentMissing', { name }), enabled: false }
      : { label: name, toolTip: entry.fileName, click: () => sendToFocused('menu:openRecent', { recentId: entry.id }) }
  })
  const clear: MenuItemConstructorOptions = { label: say('menuClearRecent'), enabled: entries.length > 0, click: recent.clear }
  return { label: say('menuOpenRecent'), submenu: [...entries, ...(entries.length ? [{ type: 'separator' as const }] : []), clear] }
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

/** The File menu's commands, with Open Recent right after Open Project. */
function fileItems(locale: Locale, platform: string, recent: RecentMenu): MenuItemConstructorOptions[] {
  const items = itemsFor('file', locale, platform)
  const open = commandIds.filter((id) => commands[id].menu === 'file').indexOf('openProject')
  return [...items.slice(0, open + 1), openRecentMenu(recent, locale), ...items.slice(open + 1)]
}

/** The menu bar in `locale`, the app's language; a packaged (released) build offers no developer tools. */
export function buildMenu(isMac: boolean, locale: Locale, isPackaged = true, platform: string = process.platform, recent: RecentMenu = noRecent): Menu {
  const say = (key: MessageKey) => translate(key, {}, locale)
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: say('menuFile'), submenu: [...fileItems(locale, platform, recent), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit', label: say('commandQuit') }] },
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

/** Sets the application menu for this system, with the recent list when main has read it. */
export function showMenu(locale: Locale, recent: RecentMenu = noRecent): void {
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', locale, app.isPackaged, process.platform, recent))
}
