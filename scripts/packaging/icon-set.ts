/**
 * The icon files electron-builder needs, all made from the SVG sources in resources/icons/ by
 * scripts/packaging/make-icons.ts and checked by scripts/packaging/packaging.test.ts.
 */

/** Where electron-builder looks for icons and other build resources (its `directories.buildResources`). */
export const buildResourcesDir = 'resources/package'

/** The SVG drawings every size is rendered from. */
export const iconSources = { app: 'resources/icons/glossa.svg', document: 'resources/icons/glossa-document.svg' } as const

/** Sizes of the Linux icon theme set (hicolor) electron-builder installs from `icons/NxN.png`. */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const

/** Files per drawing: macOS .icns, Windows .ico, and a 1024 px PNG the builder falls back to. */
export const iconFiles = {
  app: { icns: 'icon.icns', ico: 'icon.ico', png: 'icon.png' },
  // electron-builder's default for a file association is `${ext}.icns` / `${ext}.ico`.
  document: { icns: 'glossa.icns', ico: 'glossa.ico', png: 'glossa.png' }
} as const

export const linuxIconFile = (size: number): string => `icons/${size}x${size}.png`
