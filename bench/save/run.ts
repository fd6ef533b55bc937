/**
 * bench/save: what an autosave of a 10,000-annotation project costs in main (validate what the renderer
 * sent, stamp the changes with clocks, check the file was not changed by someone else, keep the backup,
 * write atomically with fsync, hash the result), as a ratio to a plain `writeFile` of the same text.
 *
 * Run: npx tsx bench/save/run.ts [annotationCount]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { hashFile } from '../../src/main/store/file-identity'
import { writeProject } from '../../src/main/store/project-store'
import { stampChanges } from '../../src/shared/merge/stamp'
import { serialiseProject, validateProject } from '../../src/shared/project/parse'
import type { ProjectFile } from '../../src/shared/project/schema'
import { colleagueCopy, sharedProject } from '../merge/projects'
import { median, rounds } from '../merge/median'

const count = Number(process.argv[2] ?? 10_000)
async function main() {
  const saved = sharedProject(count)
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-save-'))
  const file = join(folder, 'project.glossa')
  const plain = join(folder, 'plain.json')
  await writeProject(file, saved)
  const plains: number[] = []
  const saves: number[] = []
  for (let round = 0; round < rounds; round++) {
    // An edit session's worth of change: 1,000 rewordings, 200 deletions, 500 additions.
    const edited = colleagueCopy(saved, `round${round}`, Date.parse('2026-11-02T00:00:00Z') + round)
    const sent: unknown = JSON.parse(JSON.stringify({ ...edited, sync: saved.sync }))
    let start = performance.now()
    await writeFile(plain, serialiseProject(edited))
    plains.push(performance.now() - start)
    start = performance.now()
    const valid = validateProject(sent)
    if (!valid.ok) throw new Error('bench project must validate')
    // As main does: the hash on disk matches what it wrote last, so the previous version is known good.
    await hashFile(file)
    const stamped: ProjectFile = stampChanges(saved, valid.value, 'author-bench', Date.now())
    await writeProject(file, stamped, true)
    await hashFile(file)
    saves.push(performance.now() - start)
  }
  await rm(folder, { recursive: true, force: true })
  const base = median(plains)
  const save = median(saves)
  console.log(`bench/save: autosave of ${count} annotations`)
  console.log(`  plain writeFile: ${base.toFixed(0)} ms (baseline)`)
  console.log(`  Glossa save:     ${save.toFixed(0)} ms = ${(save / base).toFixed(2)} x plain write`)
}

void main()
