import { performance } from 'node:perf_hooks'
import { chromiumPrinter } from '../../src/main/export/chromium-printer'
import { exportPdf } from '../../src/main/export/export-pdf'
import { defaultExportOptions } from '../../src/shared/export/options'
import { sampleProject } from '../../src/shared/export/sample-project'
import type { ProjectFile } from '../../src/shared/project/schema'

/**
 * The 95-article document with 500 annotations exported to PDF (footnotes), against the same text with no
 * annotations, measured in the same run: `npx tsx bench/export/run.ts`. Target: under 10 s in all.
 */

const rounds = 3

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Median seconds in all, and in preparing (model, citations, print view) versus layout and printing. */
async function seconds(project: ProjectFile): Promise<{ median: number; preparing: number; printing: number; bytes: number }> {
  const times: number[] = []
  const preparing: number[] = []
  let bytes = 0
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    let layoutStarted = started
    const onStage = (stage: string) => void (stage === 'layout' && (layoutStarted = performance.now()))
    const pdf = await exportPdf({ project, options: defaultExportOptions, now: new Date(), signal: new AbortController().signal, onStage }, chromiumPrinter)
    times.push((performance.now() - started) / 1000)
    preparing.push((layoutStarted - started) / 1000)
    bytes = pdf.length
  }
  const total = median(times)
  return { median: total, preparing: median(preparing), printing: total - median(preparing), bytes }
}

const parts = (result: { preparing: number; printing: number }) => `(preparing ${result.preparing.toFixed(2)} s, layout and printing ${result.printing.toFixed(2)} s)`

async function main() {
  const plain = await seconds(sampleProject({ parts: 11, articles: 95, annotations: 0 }))
  const annotated = await seconds(sampleProject({ parts: 11, articles: 95, annotations: 500 }))
  console.log(`baseline (95 articles, no annotations): ${plain.median.toFixed(2)} s ${parts(plain)}, ${(plain.bytes / 1024).toFixed(0)} KB`)
  console.log(`95 articles, 500 annotations:           ${annotated.median.toFixed(2)} s ${parts(annotated)}, ${(annotated.bytes / 1024).toFixed(0)} KB`)
  console.log(`ratio annotated / baseline: ${(annotated.median / plain.median).toFixed(2)}x; target under 10 s in all: ${annotated.median < 10 ? 'met' : 'NOT met'}`)
}

void main()
