import { useEffect, useState } from 'react'
import { themes, type Theme } from '../../../shared/settings'
import type { MessageKey } from '../../../shared/i18n/messages.en'
import { invoke } from '../bridge'
import { t } from '../i18n'
import { applyTheme } from './theme'
import { loadViewSettings } from './view-settings'

const themeLabels: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' }

/** The theme choice in the status bar: System, Light or Dark, kept per user by main (settings:set). */
export function ThemeSetting() {
  const [theme, setTheme] = useState<Theme>('system')

  useEffect(() => {
    void loadViewSettings().then((settings) => {
      if (!settings) return
      setTheme(settings.theme)
      applyTheme(settings.theme)
    })
  }, [])

  const choose = (next: Theme) => {
    setTheme(next)
    applyTheme(next)
    void invoke('settings:set', { theme: next })
  }

  return (
    <label className="theme-setting">
      <span>{t('themeLabel')}</span>
      <select value={theme} onChange={(event) => choose(event.target.value as Theme)}>
        {themes.map((option) => (
          <option key={option} value={option}>
            {t(themeLabels[option])}
          </option>
        ))}
      </select>
    </label>
  )
}
