import type { Theme } from '../../../shared/settings'

/**
 * Applies a theme to the page: "system" leaves it to prefers-color-scheme (which Electron's nativeTheme also
 * follows), "light" and "dark" pin it through data-theme (styles.css sets color-scheme from it).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset['theme']
  else root.dataset['theme'] = theme
}
