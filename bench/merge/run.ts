/**
 * bench/merge: main's real `project:mergeFromFile` handler merging a colleague's copy into my open project,
 * both of 10,000 annotations (each rewords 1,000, deletes 200 and adds 500): read their file, validate it,
 * re-anchor if needed, merge, check the result. Printed beside reading both files from disk (read + parse +
 * full validation) measured in the same run, as a ratio, and beside the bare merge function.
 * Target: main's handler under 500 ms.
 *
 * Run: npx tsx bench/merge/run.ts [annotationCount] [--json]
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { mergeProjects } from '../../src/shared/merge'
import { parseProjectFile } from '../../src/shared/project/parse'
import { mainWithFiles } from '../main-handlers'
import { colleagueCopy, sharedProject } from './projects'
import { median, rounds } from './median'

export interface MergeFigures {
  handlerMs: number
  readBothMs: number
  bareMergeMs: number
  annotations: number
  conflicts: number
}

/** Median milliseconds of main's merge handler, of reading both files, and of the merge function alone. */
export async function measureMerge(count: number): Promise<MergeFigures> {
  const shared = sharedProject(count)
  const main = await mainWithFiles({
    mine: colleagueCopy(shared, 'aigerim', Date.parse('2026-11-02T00:00:00Z')),
    theirs: colleagueCopy(shared, 'daniyar', Date.parse('2026-11-03T00:00:00Z'))
  })
  try {
    main.choose('mine')
    const { project } = main.rendererCopy((await main.call('project:open', {}))!)
    const handler: number[] = []
    const reads: number[] = []
    const bare: number[] = []
    let conflicts = 0
    for (let round = 0; round < rounds; round++) {
      let start = performance.now()
      const [own, other] = await Promise.all([main.paths['mine']!, main.paths['theirs']!].map(async (file) => parseProjectFile(await readFile(file, 'utf8'))))
      reads.push(performance.now() - start)
      if (!own?.ok || !other?.ok) throw new Error('bench files must parse')
      start = performance.now()
      mergeProjects(own.value, other.value)
      bare.push(performance.now() - start)
      main.choose('theirs')
      start = performance.now()
      const reply = (await main.call('project:mergeFromFile', { project }))!
      handler.push(performance.now() - start)
      conflicts = reply.conflicts.length
    }
    return { handlerMs: median(handler), readBothMs: median(reads), bareMergeMs: median(bare), annotations: project.annotations.length, conflicts }
  } finally {
    await main.dispose()
  }
}

async function run() {
  const count = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 10_000)
  const figures = await measureMerge(count)
  if (process.argv.includes('--json')) {
    return console.log(JSON.stringify({ merge_ms: Math.round(figures.handlerMs), read_both_ms: Math.round(figures.readBothMs), ratio: Number((figures.handlerMs / figures.readBothMs).toFixed(2)) }))
  }
  console.log(`bench/merge: main's project:mergeFromFile, ${figures.annotations} + ${figures.annotations} annotations, ${figures.conflicts} conflicts`)
  console.log(`  reading both files (read, parse, validate): ${figures.readBothMs.toFixed(0)} ms (baseline)`)
  console.log(`  the merge function alone:                  ${figures.bareMergeMs.toFixed(0)} ms = ${(figures.bareMergeMs / figures.readBothMs).toFixed(2)} x reading`)
  console.log(`  main's merge handler:                      ${figures.handlerMs.toFixed(0)} ms = ${(figures.handlerMs / figures.readBothMs).toFixed(2)} x reading; target < 500 ms: ${figures.handlerMs < 500 ? 'met' : 'MISSED'}`)
}

if (require.main === module) void run()
