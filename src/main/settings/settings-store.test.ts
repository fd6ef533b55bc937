import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SettingsStore } from './settings-store'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-settings-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('user settings', () => {
  it('starts with the system theme and keeps a change across restarts', async () => {
    expect(await new SettingsStore(folder).view()).toEqual({ theme: 'system', sidebars: {} })
    await new SettingsStore(folder).changeView({ theme: 'dark' })
    expect((await new SettingsStore(folder).view()).theme).toBe('dark')
  })

  it('changes one sidebar without forgetting the other, and keeps the window’s bounds beside the theme', async () => {
    const settings = new SettingsStore(folder)
    await settings.changeView({ sidebars: { outline: 260 } })
    await settings.saveWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: false })
    await settings.changeView({ sidebars: { annotations: 420 }, theme: 'light' })
    const reread = new SettingsStore(folder)
    expect(await reread.view()).toEqual({ theme: 'light', sidebars: { outline: 260, annotations: 420 } })
    expect(await reread.windowState()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false })
  })

  it('falls back to the defaults on a damaged file, and replaces it only on the next change', async () => {
    await writeFile(join(folder, 'settings.json'), '{"view": {"theme": "neon"')
    const settings = new SettingsStore(folder)
    expect(await settings.view()).toEqual({ theme: 'system', sidebars: {} })
    expect(await readFile(join(folder, 'settings.json'), 'utf8')).toContain('neon')
    await settings.changeView({ theme: 'dark' })
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8')).view.theme).toBe('dark')
  })
})
