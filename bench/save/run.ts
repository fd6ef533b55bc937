/**
 * bench/save: what main's real `project:save` handler costs after one change to an open project of 10,000
 * annotations (validate what changed, stamp it, check the file on disk, keep the backup, write compact JSON
 * atomically with fsync), as a ratio to a plain `writeFile` of the same text measured in the same run.
 * Target: under 100 ms.
 *
 * Run: npx tsx bench/save/run.ts [annotationCount] [--json]
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { projectText } from '../../src/main/store/project-store'
import type { ProjectFile } from '../../src/shared/project/schema'
import { mainWithFiles } from '../main-handlers'
import { sharedProject } from '../merge/projects'
import { median, rounds } from '../merge/median'

/** Median milliseconds of main's save after one change, and of a plain write of the same file. */
export async function measureSave(count: number): Promise<{ saveMs: number; plainWriteMs: number }> {
  const main = await mainWithFiles({ project: sharedProject(count) })
  try {
    main.choose('project')
    let { project } = main.rendererCopy((await main.call('project:open', {}))!)
    const saves: number[] = []
    const plains: number[] = []
    for (let round = 0; round < rounds * 2; round++) {
      // One change, as after adding a tag to one note: the renderer sends the whole project with its revision.
      const index = (round * 997) % project.annotations.length
      const edited: ProjectFile = { ...project, annotations: project.annotations.map((annotation, at) => (at === index ? { ...annotation, tags: annotation.tags.length ? [] : ['tag-values'] } : annotation)) }
      let start = performance.now()
      await writeFile(join(main.folder, 'plain.json'), projectText(edited))
      plains.push(performance.now() - start)
      start = performance.now()
      await main.call('project:save', { project: edited, revision: round + 1 })
      saves.push(performance.now() - start)
      project = edited
    }
    return { saveMs: median(saves), plainWriteMs: median(plains) }
  } finally {
    await main.dispose()
  }
}

async function run() {
  const count = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 10_000)
  const { saveMs, plainWriteMs } = await measureSave(count)
  if (process.argv.includes('--json')) return console.log(JSON.stringify({ save_ms: Math.round(saveMs), plain_write_ms: Math.round(plainWriteMs), ratio: Number((saveMs / plainWriteMs).toFixed(2)) }))
  console.log(`bench/save: main's project:save after one change, ${count} annotations`)
  console.log(`  plain writeFile of the same text: ${plainWriteMs.toFixed(0)} ms (baseline)`)
  console.log(`  Glossa save:                      ${saveMs.toFixed(0)} ms = ${(saveMs / plainWriteMs).toFixed(2)} x plain write; target < 100 ms: ${saveMs < 100 ? 'met' : 'MISSED'}`)
}

if (require.main === module) void run()
