import { test as base, expect, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { localeFor } from '../../src/shared/i18n/locale'
import { preloadBundle } from './global-setup'
import { TestHost } from './test-host'

/**
 * Each test gets a page running the built renderer, the real preload (bundled), and main's real handler
 * table working on real files in a fresh temporary folder (app data and projects alike).
 */
export interface GlossaFixtures {
  host: TestHost
  folder: string
  glossa: Page
}

export const test = base.extend<GlossaFixtures>({
  // eslint-disable-next-line no-empty-pattern
  folder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'glossa-e2e-'))
    await use(folder)
    // The page may still be journaling its last edits (hot exit) into app-data: retry while it does.
    await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
  },
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => use(new TestHost()),
  glossa: async ({ page, host, folder, locale }, use) => {
    const problems = await startGlossa(page, host, join(folder, 'app-data'), locale)
    await use(page)
    // A page error or a console error (a CSP violation among them) fails the test that caused it.
    expect(problems).toEqual([])
  }
})

/**
 * Starts Glossa in `page`: a main process of its own (a new handler table) on the app-data folder `appDataDir`,
 * so a test can "kill" Glossa (close its page) and start it again on the same folder. Returns the page's
 * errors, to be checked at the end.
 */
export async function startGlossa(page: Page, host: TestHost, appDataDir: string, locale?: string): Promise<string[]> {
  // Main speaks the language the page is launched with (test.use({ locale })), as app.getLocale() would.
  const handlers = createHandlers({ host, appDataDir, locale: localeFor(locale ?? 'en') })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  await page.exposeBinding('__glossaInvoke', (_source, channel: unknown, payload: unknown) => dispatch(handlers, channel, payload, { windowId: 1 }))
  await page.addInitScript({ path: preloadBundle })
  await page.goto('/')
  // Tests start once the app has asked main how to start: keys pressed before that would go nowhere.
  await page.locator('.workbench[data-ready="true"]').waitFor()
  return problems
}

export { expect }
