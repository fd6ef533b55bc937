import type { CaseResult } from './cases'
import type { Timed } from './interactions'
import type { Measurement } from './probe-types'
import { percentile, ratio, summarise } from './stats'

/** The figures issue 11 sets targets for, from the 10,000-annotation cases. */
export interface AppFigures {
  open_ms: number
  add_p95_ms: number
  add_ratio: number
  type_p95_ms: number
  select_p95_ms: number
  search_p95_ms: number
  save_ms: number
  merge_ms: number
  scroll_p95_ms: number
}

export const figureKeys = ['open_ms', 'add_p95_ms', 'add_ratio', 'type_p95_ms', 'select_p95_ms', 'search_p95_ms', 'save_ms', 'merge_ms', 'scroll_p95_ms'] as const

const settled = (samples: Measurement[]) => samples.map((sample) => sample.settled)
const main = (samples: Timed[]) => samples.map((sample) => sample.mainMs)
const round1 = (value: number) => Math.round(value * 10) / 10

function find(results: CaseResult[], articles: number, annotations: number): CaseResult {
  const found = results.find((result) => result.spec.articles === articles && result.spec.annotations === annotations)
  if (!found) throw new Error(`no case with ${articles} articles and ${annotations} annotations was run`)
  return found
}

export function appFigures(results: CaseResult[], articles: number, longText: number, annotations: number): AppFigures {
  const loaded = find(results, articles, annotations)
  const empty = find(results, articles, 0)
  const long = find(results, longText, annotations)
  const p95 = (samples: Measurement[]) => percentile(settled(samples), 0.95)
  return {
    open_ms: round1(percentile(settled(loaded.open), 0.5)),
    add_p95_ms: round1(p95(loaded.add)),
    add_ratio: Math.round(ratio(p95(loaded.add), p95(empty.add)) * 100) / 100,
    type_p95_ms: round1(p95(loaded.type)),
    select_p95_ms: round1(p95(loaded.select)),
    search_p95_ms: round1(p95(long.search)),
    save_ms: round1(percentile(main(loaded.save), 0.5)),
    merge_ms: round1(percentile(main(loaded.merge), 0.5)),
    scroll_p95_ms: round1(p95(loaded.scroll))
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1)).padStart(8)

const interactions = ['open', 'select', 'add', 'type', 'search', 'scroll', 'save', 'merge'] as const

/** A readable table: per case and interaction, first paint and finished (p50/p95), main's part, and the ratio to no annotations. */
export function printTable(results: CaseResult[], figures: AppFigures): void {
  console.log('bench/app: the built renderer in Chromium, real preload and main handlers; ms from the input event')
  console.log('  paint = first frame after the input; done = frame showing its last change; main = main\'s handler; ipc = renderer\'s wait on IPC')
  for (const result of results) {
    const empty = results.find((other) => other.spec.articles === result.spec.articles && other.spec.annotations === 0)
    console.log(`\n${result.spec.articles} articles, ${result.spec.annotations} annotations`)
    console.log(`  ${'interaction'.padEnd(12)}${'n'.padStart(4)}${'paint p50'.padStart(10)}${'paint p95'.padStart(10)}${'done p50'.padStart(10)}${'done p95'.padStart(10)}${'main p50'.padStart(10)}${'ipc p50'.padStart(10)}${'vs 0 ann.'.padStart(10)}`)
    for (const interaction of interactions) {
      const samples: Measurement[] = result[interaction]
      if (samples.length === 0) continue
      const paint = summarise(samples.map((sample) => sample.paint))
      const done = summarise(settled(samples))
      const timed = samples as Partial<Timed>[]
      const mainP50 = timed[0]?.mainMs === undefined ? Number.NaN : percentile(timed.map((sample) => sample.mainMs!), 0.5)
      const ipcP50 = timed[0]?.ipcMs === undefined ? Number.NaN : percentile(timed.map((sample) => sample.ipcMs!), 0.5)
      const base = empty && empty !== result && empty[interaction].length > 0 ? percentile(settled(empty[interaction]), 0.95) : Number.NaN
      const versus = Number.isNaN(base) ? '' : `${ratio(done.p95, base).toFixed(2)}x`
      console.log(`  ${interaction.padEnd(12)}${String(done.n).padStart(4)}  ${ms(paint.p50)}  ${ms(paint.p95)}  ${ms(done.p50)}  ${ms(done.p95)}  ${ms(mainP50)}  ${ms(ipcP50)}${versus.padStart(10)}`)
    }
  }
  console.log('\nIssue 11 figures (targets: open < 1000, add/type/select p95 < 16, add_ratio <= 1.2, search p95 < 50, save < 100, merge < 500):')
  console.log(`  ${JSON.stringify(figures)}`)
}
