import { existsSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { cpuTimeAvailable, withCpuTime } from './cpu-time'
import { chromiumPrinter } from '../../src/main/export/chromium-printer'
import { exportPdf } from '../../src/main/export/export-pdf'
import { defaultExportOptions } from '../../src/shared/export/options'
import { sampleProject } from '../../src/shared/export/sample-project'
import type { ProjectFile } from '../../src/shared/project/schema'

/**
 * The 95-article document with 2,000 annotations exported to PDF (footnotes, citations through citeproc in
 * document order), against the same text with no annotations, measured in the same run:
 * `npx tsx bench/export/run.ts`. Targets (issue 14): under 10 s in all, and at most 2x the plain text.
 */

const rounds = 3
const notes = 2000

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Median seconds in all, and in preparing (model, citations, print view) versus layout and printing. */
async function seconds(project: ProjectFile): Promise<{ median: number; preparing: number; printing: number; cpu: number; bytes: number }> {
  const times: number[] = []
  const cpu: number[] = []
  const preparing: number[] = []
  let bytes = 0
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    let layoutStarted = started
    const onStage = (stage: string) => void (stage === 'layout' && (layoutStarted = performance.now()))
    const { result: pdf, cpu: cpuSpent } = await withCpuTime(() =>
      exportPdf({ project, options: defaultExportOptions, now: new Date(), signal: new AbortController().signal, onStage }, chromiumPrinter)
    )
    times.push((performance.now() - started) / 1000)
    cpu.push(cpuSpent)
    preparing.push((layoutStarted - started) / 1000)
    bytes = pdf.length
  }
  const total = median(times)
  return { median: total, preparing: median(preparing), printing: total - median(preparing), cpu: median(cpu), bytes }
}

const parts = (result: { preparing: number; printing: number; cpu: number }) =>
  `(preparing ${result.preparing.toFixed(2)} s, layout and printing ${result.printing.toFixed(2)} s; CPU ${result.cpu.toFixed(2)} s)`

const readLoad = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'unknown')

async function main() {
  const plain = await seconds(sampleProject({ parts: 11, articles: 95, annotations: 0 }))
  const annotated = await seconds(sampleProject({ parts: 11, articles: 95, annotations: notes }))
  console.log(`baseline (95 articles, no annotations): ${plain.median.toFixed(2)} s ${parts(plain)}, ${(plain.bytes / 1024).toFixed(0)} KB`)
  console.log(`95 articles, ${notes} annotations:          ${annotated.median.toFixed(2)} s ${parts(annotated)}, ${(annotated.bytes / 1024).toFixed(0)} KB`)
  const ratio = annotated.median / plain.median
  console.log(`ratio annotated / baseline: ${ratio.toFixed(2)}x (target at most 2x: ${ratio <= 2 ? 'met' : 'NOT met'}); under 10 s in all: ${annotated.median < 10 ? 'met' : 'NOT met'}`)
  const cpuRatio = annotated.cpu / plain.cpu
  if (cpuTimeAvailable) console.log(`ratio of CPU time (the same under load): ${cpuRatio.toFixed(2)}x (${cpuRatio <= 2 ? 'within' : 'over'} 2x); load average now ${readLoad()}`)
}

void main()
