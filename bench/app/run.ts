/**
 * bench/app: the real built renderer in Debian's Chromium through the e2e harness (real preload, main's real
 * handlers, real files), on generated texts of 95 and 1,000 articles with 0 and 10,000 annotations. Times what
 * a user feels, from the input event to the painted frame: opening a project (main + IPC + first paint),
 * selecting, adding a highlight, typing commentary, a search keystroke, scrolling; and main's handler time
 * to save after one change and to merge two 10,000-annotation projects. Each figure is printed beside the
 * same text with no annotations, as a ratio.
 *
 * Targets (issue 11): open < 1,000 ms; add, type and select p95 < 16 ms and add_ratio <= 1.2; search p95
 * < 50 ms; save < 100 ms; merge < 500 ms.
 *
 * Run: npx tsx bench/app/run.ts [--json] [--quick] [--no-build]
 *   --json      one JSON object on stdout (figures of the 10,000-annotation cases), progress on stderr
 *   --quick     a small smoke run (fewer annotations, a shorter text, fewer rounds)
 *   --no-build  measure the renderer already built in GLOSSA_BUILD_DIR
 */
import { buildApp, Harness } from './harness'
import { runCase, type CaseResult, type CaseSpec, type Rounds } from './cases'
import { appFigures, printTable } from './report'

const args = new Set(process.argv.slice(2))
const known = new Set(['--json', '--quick', '--no-build'])
const unknown = [...args].filter((arg) => !known.has(arg))

const full = { articles: [95, 1000], annotations: 10_000 }
const quick = { articles: [95, 120], annotations: 200 }

const fullRounds: Rounds = {
  open: 2,
  select: 20,
  add: 20,
  save: 2,
  typed: 'Too broad a clause.',
  queries: ['rights of everyone'],
  scroll: 20,
  merge: 1
}
const quickRounds: Rounds = { open: 1, select: 2, add: 2, save: 1, typed: 'Too', queries: ['right'], scroll: 2, merge: 1 }

async function main(): Promise<void> {
  if (unknown.length > 0) {
    console.error(`bench/app: unknown option ${unknown.join(', ')}; usage: npx tsx bench/app/run.ts [--json] [--quick] [--no-build]`)
    process.exitCode = 2
    return
  }
  const size = args.has('--quick') ? quick : full
  const rounds = args.has('--quick') ? quickRounds : fullRounds
  const log = (line: string) => console.error(`bench/app: ${line}`)
  if (!args.has('--no-build')) buildApp()
  const started = Date.now()
  const harness = await Harness.start()
  const results: CaseResult[] = []
  try {
    for (const articles of size.articles) {
      for (const annotations of [0, size.annotations]) {
        const spec: CaseSpec = { articles, annotations, saveAndMerge: articles === size.articles[0] }
        results.push(await runCase(harness, spec, rounds, log))
      }
    }
  } finally {
    await harness.stop()
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  const figures = appFigures(results, size.articles[0]!, size.articles[1]!, size.annotations)
  if (args.has('--json')) console.log(JSON.stringify(figures))
  else printTable(results, figures)
}

main().catch((error: unknown) => {
  console.error(`bench/app failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
