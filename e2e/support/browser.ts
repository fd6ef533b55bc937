/**
 * Playwright never downloads a browser here: it drives the system Chromium (Debian's `chromium` package),
 * or the one named by CHROMIUM_PATH. The flags keep it from reaching for the network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}

export const previewPort = Number(process.env['GLOSSA_E2E_PORT'] ?? 4179)

/** The built renderer to serve; GLOSSA_BUILD_DIR (as for the build) lets parallel work test its own copy. */
export const rendererOutDir = `${process.env['GLOSSA_BUILD_DIR'] ?? 'out'}/renderer`
