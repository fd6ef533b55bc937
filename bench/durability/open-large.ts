/**
 * The child process of the large-project scenario (large-project.ts): reads the project the plain way
 * (readFile and JSON.parse: the baseline), then opens it through main's real project handlers, and prints
 * {"baseline_ms","open_ms","peak_mb"} (peak resident memory of the whole process).
 *
 * Run (by large-project.ts): node open-large.js PROJECT APP_DATA
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { dispatch } from '../../src/main/dispatch'
import { projectChannels } from './project-channels'

async function measure(file: string, appDataDir: string) {
  let start = performance.now()
  JSON.parse(await readFile(file, 'utf8'))
  const baselineMs = performance.now() - start
  const table = projectChannels(file, appDataDir)
  start = performance.now()
  const opened = await dispatch(table, 'project:open', {}, { windowId: 1 })
  const openMs = performance.now() - start
  if (!opened.ok) throw new Error(`the project must open: ${JSON.stringify(opened.error)}`)
  await dispatch(table, 'project:close', {}, { windowId: 1 })
  // maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ baseline_ms: baselineMs, open_ms: openMs, peak_mb: process.resourceUsage().maxRSS / 1024 }))
}

void measure(process.argv[2]!, process.argv[3]!).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
