import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions, previewPort, rendererOutDir } from './e2e/support/browser'

/** End-to-end tests: the built renderer in Debian's Chromium, wired to the real main-process handlers. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 860 },
    // English unless a test asks for another language: the specs read the English interface.
    locale: 'en-US',
    screenshot: 'only-on-failure'
  },
  webServer: {
    command: `npx vite preview --outDir ${rendererOutDir} --host 127.0.0.1 --port ${previewPort} --strictPort`,
    url: `http://127.0.0.1:${previewPort}`,
    cwd: __dirname,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000
  }
})
