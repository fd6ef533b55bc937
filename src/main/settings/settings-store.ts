import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { defaultSettings, settingsFileSchema, type SettingsFile, type ViewSettings, type ViewSettingsChange, type WindowState } from '../../shared/settings'
import { FileRefusedError, ValidatedJSONFile } from '../store/json-file'
import { parseJsonWith } from '../store/parse-json'

/**
 * The user's settings in `settings.json` of the app-data folder: one instance per process (Electron's main
 * passes the same one to the handlers and to its windows), so a theme change and a window's bounds never
 * overwrite each other. A damaged file falls back to the defaults: settings are not worth stopping for.
 */
export class SettingsStore {
  private readonly db: Low<SettingsFile>
  private loaded = false

  constructor(private readonly folder: string) {
    const adapter = new ValidatedJSONFile<SettingsFile>(join(folder, 'settings.json'), {
      parse: parseJsonWith(settingsFileSchema, 'settings'),
      serialise: (data) => JSON.stringify(data, null, 2) + '\n',
      maxBytes: 64 * 1024
    })
    this.db = new Low(adapter, structuredClone(defaultSettings))
  }

  private async data(): Promise<SettingsFile> {
    if (!this.loaded) {
      try {
        await this.db.read()
      } catch (error) {
        if (!(error instanceof FileRefusedError)) throw error
        this.db.data = structuredClone(defaultSettings)
      }
      this.loaded = true
    }
    return this.db.data
  }

  private async write(next: SettingsFile): Promise<void> {
    this.db.data = next
    await mkdir(this.folder, { recursive: true })
    await this.db.write()
  }

  async view(): Promise<ViewSettings> {
    return (await this.data()).view
  }

  /** Changes what `change` names; sidebar widths are merged, so setting one keeps the other. */
  async changeView(change: ViewSettingsChange): Promise<ViewSettings> {
    const current = await this.data()
    const view: ViewSettings = { theme: change.theme ?? current.view.theme, sidebars: { ...current.view.sidebars, ...change.sidebars } }
    await this.write({ ...current, view })
    return view
  }

  async windowState(): Promise<WindowState | null> {
    return (await this.data()).window ?? null
  }

  async saveWindowState(window: WindowState): Promise<void> {
    await this.write({ ...(await this.data()), window })
  }
}
