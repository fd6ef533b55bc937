/**
 * bench/app/profile: where the slow figures of bench/app spend their time, to aim the work at it. Builds the
 * renderer unminified (real function and component names), then repeats the 10,000-annotation interactions
 * under Chromium's CPU profiler and tracing (JS functions; style, layout and paint) while main's handlers,
 * which run in this process, are profiled with Node's inspector. Prints the top functions for each.
 *
 * Run: npx tsx bench/app/profile.ts [--quick]
 */
import { Session } from 'node:inspector/promises'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateAnnotatedProject, generateColleagueCopy } from '../../src/shared/fixtures/generate-project'
import { serialiseProject } from '../../src/shared/project/parse'
import { functionTimes, phaseTimes, top, type CpuProfile } from './cpu-profile'
import { Harness, type App } from './harness'
import { addHighlight, openProject, saveAfterOneChange, untilSaved, mergeFile, searchText, selectWord, typeCommentary } from './interactions'

const quick = process.argv.includes('--quick')
const annotations = quick ? 300 : 10_000
const phases = ['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MinorGC', 'MajorGC'] as const

async function buildUnminified(): Promise<void> {
  const { build } = await import('electron-vite')
  await build({ root: resolve(__dirname, '../..'), logLevel: 'warn', build: { minify: false } })
}

const mainProfiler = new Session()

function printTop(title: string, profile: CpuProfile) {
  const times = functionTimes(profile)
  console.log(`  ${title}, by self time:`)
  for (const time of top(times, 'selfMs', 10)) console.log(`    ${time.selfMs.toFixed(0).padStart(6)} ms  ${time.name}`)
  console.log(`  ${title}, by inclusive time:`)
  for (const time of top(times, 'totalMs', 14)) console.log(`    ${time.totalMs.toFixed(0).padStart(6)} ms  ${time.name}`)
}

/** Runs `act` under both profilers and Chromium tracing, and prints where the time went. */
async function profiled(app: App, title: string, act: () => Promise<string>): Promise<void> {
  const browser = app.page.context().browser()!
  const cdp = await app.page.context().newCDPSession(app.page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await browser.startTracing(app.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  await mainProfiler.post('Profiler.start')
  await cdp.send('Profiler.start')
  const measured = await act()
  const { profile } = await cdp.send('Profiler.stop')
  const main = (await mainProfiler.post('Profiler.stop')).profile
  const trace = (await browser.stopTracing()).toString('utf8')
  await cdp.detach()
  console.log(`\n== ${title}: ${measured}`)
  const spent = phaseTimes(trace, phases)
  console.log(`  renderer main thread (trace, nested): ${phases.map((phase) => `${phase} ${spent[phase]!.toFixed(0)}`).join(', ')} ms`)
  printTop('renderer', profile as CpuProfile)
  printTop('main process and harness', main as CpuProfile)
}

const ms = (value: number) => `${value.toFixed(0)} ms`

async function main(): Promise<void> {
  await buildUnminified()
  mainProfiler.connect()
  await mainProfiler.post('Profiler.enable')
  await mainProfiler.post('Profiler.setSamplingInterval', { interval: 500 })
  const harness = await Harness.start()
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-profile-'))
  try {
    for (const articles of [95, 1000]) {
      const app = await harness.launch(join(folder, String(articles)))
      const project = generateAnnotatedProject({ parts: 11, articles, annotations, seed: 11 })
      const file = join(folder, `${articles}.glossa`)
      const theirs = join(folder, `${articles}-theirs.glossa`)
      await writeFile(file, serialiseProject(project))
      await writeFile(theirs, serialiseProject(generateColleagueCopy(project, { id: 'author-d', name: 'D', color: '#d62728' }, new Date('2026-11-20T00:00:00Z'))))
      const name = `${articles} articles, ${annotations} annotations`
      await profiled(app, `open, ${name}`, async () => {
        const open = await openProject(app, file, articles, true)
        return `${ms(open.settled)} (main ${ms(open.mainMs)}, renderer's IPC wait ${ms(open.ipcMs)})`
      })
      if (articles === 95) {
        await profiled(app, `select x5, ${name}`, async () => {
          const samples = []
          for (let round = 0; round < 5; round++) samples.push((await selectWord(app, round, articles)).settled)
          return samples.map(ms).join(', ')
        })
        await profiled(app, `add x5, ${name}`, async () => {
          const samples = []
          for (let round = 0; round < 5; round++) samples.push((await addHighlight(app, 10 + round, articles)).settled)
          return samples.map(ms).join(', ')
        })
        await untilSaved(app)
        await profiled(app, `autosave after one change, ${name}`, async () => {
          const save = await saveAfterOneChange(app, 20, articles)
          return `main ${ms(save.mainMs)}, renderer's IPC wait ${ms(save.ipcMs)}`
        })
        await profiled(app, `type 10 keys in commentary, ${name}`, async () => (await typeCommentary(app, 30, articles, 'Too broad.')).map((sample) => ms(sample.settled)).join(', '))
        await untilSaved(app)
        await profiled(app, `merge 2 x ${annotations}, ${name}`, async () => {
          const merge = await mergeFile(app, theirs)
          return `${ms(merge.settled)} to the dialog (main ${ms(merge.mainMs)}, renderer's IPC wait ${ms(merge.ipcMs)})`
        })
      } else {
        await profiled(app, `search "rights", ${name}`, async () => (await searchText(app, ['rights'])).map((sample) => ms(sample.settled)).join(', '))
      }
      await app.close()
    }
  } finally {
    await harness.stop()
    await rm(folder, { recursive: true, force: true })
    mainProfiler.disconnect()
  }
}

main().catch((error: unknown) => {
  console.error(`bench/app/profile failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
