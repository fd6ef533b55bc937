import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { build } from 'esbuild'
import { preview, type PreviewServer } from 'vite'
import { chromiumLaunchOptions, previewPort, rendererOutDir } from '../../e2e/support/browser'
import globalSetup, { preloadBundle } from '../../e2e/support/global-setup'
import { TestHost } from '../../e2e/support/test-host'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { ui } from './selectors'

/**
 * The e2e harness, outside Playwright's test runner: the built renderer served by `vite preview`, the real
 * preload bundled with the fake `electron`, and main's real handler table on real files, timed per call.
 */

const root = resolve(__dirname, '../..')

/** Builds the app into GLOSSA_BUILD_DIR (as `npm run build` does), so the bench measures the code checked out. */
export function buildApp(): void {
  execFileSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** One call of main's handler: which channel, how long main spent in it. */
export interface HandlerCall {
  channel: string
  ms: number
}

/** One launched app: a page with its own host, app-data folder and handler table. */
export interface App {
  page: Page
  host: TestHost
  /** Every handler call main served for this app, in order. */
  calls: HandlerCall[]
  close(): Promise<void>
}

export class Harness {
  private constructor(
    private readonly server: PreviewServer,
    private readonly browser: Browser,
    private readonly probeScript: string,
    readonly url: string
  ) {}

  static async start(): Promise<Harness> {
    if (!existsSync(join(root, rendererOutDir, 'index.html'))) throw new Error(`no built renderer in ${rendererOutDir}: run without --no-build, or set GLOSSA_BUILD_DIR`)
    await globalSetup()
    const probe = await build({ entryPoints: [resolve(__dirname, 'probe.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning' })
    // GLOSSA_E2E_PORT when given (vite moves on if it is taken); otherwise any free port, never another run's.
    const server = await preview({
      configFile: false,
      logLevel: 'warn',
      root,
      build: { outDir: rendererOutDir },
      preview: { host: '127.0.0.1', port: process.env['GLOSSA_E2E_PORT'] ? previewPort : 0, strictPort: false }
    })
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('vite preview did not report its address')
    const browser = await chromium.launch(chromiumLaunchOptions)
    return new Harness(server, browser, probe.outputFiles[0]!.text, url)
  }

  /** A fresh app, as on a first launch, with its app data in `folder`. */
  async launch(folder: string): Promise<App> {
    const host = new TestHost()
    const appDataDir = join(folder, 'app-data')
    await mkdir(appDataDir, { recursive: true })
    const handlers = createHandlers({ host, appDataDir, locale: 'en' })
    const calls: HandlerCall[] = []
    const context: BrowserContext = await this.browser.newContext({ baseURL: this.url, viewport: { width: 1280, height: 860 }, locale: 'en-US' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    // JSON text both ways (see probe.ts); main's handler is timed alone, without the decoding and encoding.
    await page.exposeBinding('__benchInvokeJson', async (_source, channel: unknown, json: string) => {
      const payload: unknown = JSON.parse(json)
      const begin = performance.now()
      let reply: unknown
      try {
        reply = await dispatch(handlers, channel, payload, { windowId: 1 })
      } finally {
        calls.push({ channel: String(channel), ms: performance.now() - begin })
      }
      return JSON.stringify(reply)
    })
    await page.addInitScript({ path: preloadBundle })
    await page.addInitScript({ content: this.probeScript })
    await page.goto('/')
    await page.locator(ui.ready).waitFor()
    return {
      page,
      host,
      calls,
      close: async () => {
        await context.close()
        if (problems.length > 0) throw new Error(`the app reported errors: ${problems.join('; ')}`)
      }
    }
  }

  async stop(): Promise<void> {
    await this.browser.close()
    await this.server.close()
  }
}
