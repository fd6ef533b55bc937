import { defineConfig } from '@playwright/test'
import base from '../playwright.config'

/** `npm run tour`: screenshots of the main screens into tour/, from the same harness as the e2e tests. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.tour.ts',
  webServer: base.webServer,
  globalSetup: './support/global-setup.ts'
})
