/**
 * bench/durability: a torture run in plain Node against main's real store and handlers (issue 16). Prints
 * {"kills","intact","temp_left","save_pairs","lost_edits","external_writes","overwritten", ...}: every
 * scenario below adds its figures, and figures two scenarios share (lost_edits) are summed. Targets: intact
 * equal to kills, and temp_left, lost_edits and overwritten 0; 100,000 notes open in under 3 s and 1 GB
 * (large_open_ms, large_peak_mb, with large_open_ratio against readFile + JSON.parse of the same file).
 * `--quick` is the reduced run of `npm test`.
 *
 * Run: npx tsx bench/durability/run.ts [--json] [--quick]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { externalWrites } from './external-writes'
import { kills } from './kills'
import { largeProject } from './large-project'
import { savePairs } from './save-pairs'
import type { DurabilityScenario } from './scenario'

/** The scenarios of the run, in order; a new one (e.g. hot exit's restore after a kill) is added here. */
export const scenarios: DurabilityScenario[] = [kills, savePairs, externalWrites, largeProject]

/** Runs every scenario in a temporary folder of its own; their figures merged, shared keys summed. */
export async function runDurability(quick: boolean): Promise<Record<string, number>> {
  const figures: Record<string, number> = {}
  for (const scenario of scenarios) {
    const folder = await mkdtemp(join(tmpdir(), 'glossa-durability-'))
    try {
      for (const [key, value] of Object.entries(await scenario.run({ quick, folder }))) figures[key] = (figures[key] ?? 0) + value
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }
  return figures
}

const known = new Set(['--json', '--quick'])

async function main() {
  const unknown = process.argv.slice(2).find((argument) => !known.has(argument))
  if (unknown) {
    process.stderr.write(`bench/durability: unknown option ${unknown}\nUsage: tsx bench/durability/run.ts [--json] [--quick]\n`)
    process.exit(2)
  }
  const figures = await runDurability(process.argv.includes('--quick'))
  if (process.argv.includes('--json')) return console.log(JSON.stringify(figures))
  console.log('bench/durability: main\'s real store and handlers under kills, overlapping saves and other writers')
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`)
  const met = figures['intact'] === figures['kills'] && !figures['temp_left'] && !figures['lost_edits'] && !figures['overwritten']
  console.log(`  target (intact = kills; no temporary file, lost edit or overwritten write): ${met ? 'met' : 'MISSED'}`)
}

if (require.main === module) void main()
