import { build } from 'esbuild'
import { resolve } from 'node:path'
import { previewPort } from './browser'

export const preloadBundle = resolve(__dirname, `../.cache/preload-${previewPort}.js`)

/** Bundles the real preload for the browser, with 'electron' swapped for the message-carrying stand-in. */
export default async function globalSetup(): Promise<void> {
  await build({
    entryPoints: [resolve(__dirname, '../../src/preload/index.ts')],
    outfile: preloadBundle,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    alias: { electron: resolve(__dirname, 'fake-electron.ts') },
    define: { 'process.platform': '"linux"' },
    logLevel: 'warning'
  })
}
