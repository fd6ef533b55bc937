/**
 * bench/merge: merging two colleagues' copies of a project of 10,000 annotations (each rewords 1,000,
 * deletes 200 and adds 500), printed beside reading both files from disk (read + parse + validate), as a
 * ratio. Target: the merge under 500 ms.
 *
 * Run: npx tsx bench/merge/run.ts [annotationCount]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { mergeProjects } from '../../src/shared/merge'
import { parseProjectFile, serialiseProject } from '../../src/shared/project/parse'
import { colleagueCopy, sharedProject } from './projects'
import { median, rounds } from './median'

const count = Number(process.argv[2] ?? 10_000)
async function main() {
  const shared = sharedProject(count)
  const mine = colleagueCopy(shared, 'aigerim', Date.parse('2026-11-02T00:00:00Z'))
  const theirs = colleagueCopy(shared, 'daniyar', Date.parse('2026-11-03T00:00:00Z'))
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-merge-'))
  const files = [join(folder, 'mine.glossa'), join(folder, 'theirs.glossa')]
  await writeFile(files[0]!, serialiseProject(mine))
  await writeFile(files[1]!, serialiseProject(theirs))

  const reads: number[] = []
  const merges: number[] = []
  let conflicts = 0
  for (let round = 0; round < rounds; round++) {
    let start = performance.now()
    const [own, other] = await Promise.all(files.map(async (file) => parseProjectFile(await readFile(file, 'utf8'))))
    reads.push(performance.now() - start)
    if (!own?.ok || !other?.ok) throw new Error('bench files must parse')
    // Merged as main merges them: two projects read from two files, sharing no objects.
    start = performance.now()
    conflicts = mergeProjects(own.value, other.value).conflicts.length
    merges.push(performance.now() - start)
  }
  await rm(folder, { recursive: true, force: true })
  const read = median(reads)
  const merge = median(merges)
  console.log(`bench/merge: ${mine.annotations.length} + ${theirs.annotations.length} annotations, ${conflicts} conflicts found`)
  console.log(`  reading both files: ${read.toFixed(0)} ms (baseline)`)
  console.log(`  merging:            ${merge.toFixed(0)} ms = ${(merge / read).toFixed(2)} x reading; target < 500 ms: ${merge < 500 ? 'met' : 'MISSED'}`)
}

void main()
