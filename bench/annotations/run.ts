/**
 * bench/annotations: a 95-article document with 10,000 annotations, opened in a real ProseMirror view in
 * Chromium (the engine Electron ships) with the app's stylesheet. Prints the time to open (state, view,
 * anchoring every annotation from its selectors, drawing, layout), the p95 time of a selection change and
 * the p95 time of adding an annotation, each beside the same document with no annotations, as a ratio.
 * Targets: open under 1 s, p95 interaction under 16 ms.
 *
 * Run: npx tsx bench/annotations/run.ts [annotationCount]
 */
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/browser'
import type { Figures } from './page'

const count = Number(process.argv[2] ?? 10_000)

async function main() {
  const bundle = await build({ entryPoints: [resolve(__dirname, 'page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning' })
  const styles = await readFile(resolve(__dirname, '../../src/renderer/src/styles.css'), 'utf8')
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    await page.setContent('<!doctype html><html><body><main class="document"><div class="editor-host" id="host"></div></main></body></html>')
    await page.addStyleTag({ content: styles })
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    const measure = (annotations: number) => page.evaluate((n) => window.runAnnotationBench(n), annotations) as Promise<Figures>
    // Warm-up runs, so both figures compare steady code rather than the JIT's first pass.
    await measure(500)
    await measure(0)
    const baseline = await measure(0)
    const loaded = await measure(count)
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)
    // Below a tenth of a millisecond both sides are noise: the ratio is taken against 0.1 ms.
    const ratio = (value: number, base: number) => `${(Math.max(value, 0.1) / Math.max(base, 0.1)).toFixed(1)}x`
    console.log(`bench/annotations: 95 articles, ${count} annotations (${loaded.anchored} anchored, ${loaded.elements} highlight elements), Chromium`)
    console.log(`  open and anchor all   ${ms(loaded.open)}   none ${ms(baseline.open)}   ratio ${ratio(loaded.open, baseline.open)}   target < 1000 ms`)
    console.log(`  selection change p95  ${ms(loaded.selectionP95)}   none ${ms(baseline.selectionP95)}   ratio ${ratio(loaded.selectionP95, baseline.selectionP95)}   target < 16 ms`)
    console.log(`  add annotation p95    ${ms(loaded.addP95)}   none ${ms(baseline.addP95)}   ratio ${ratio(loaded.addP95, baseline.addP95)}   target < 16 ms`)
    for (const part of ['plugin', 'view', 'layout', 'draw'] as const) {
      console.log(`    of which ${part.padEnd(6)}    ${ms(loaded.addParts[part])}   none ${ms(baseline.addParts[part])}   ratio ${ratio(loaded.addParts[part], baseline.addParts[part])}`)
    }
  } finally {
    await browser.close()
  }
}

void main()
