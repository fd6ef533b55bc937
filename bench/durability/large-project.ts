import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { projectText } from '../../src/main/store/project-store'
import { sharedProject } from '../merge/projects'
import { bundledChild } from './bundle'
import type { DurabilityScenario } from './scenario'

/**
 * Opening a large real project: 100,000 notes (10,000 in the quick run), in a process of its own so that
 * its peak memory is the open's. Figures: the open through main's real handlers (read once, hashed as read,
 * validated), the baseline of the same run (readFile and JSON.parse of the same file), their ratio, and the
 * peak memory. Target: under 3 s and under 1 GB for 100,000 notes.
 */
export const largeProject: DurabilityScenario = {
  name: 'large project',
  async run({ quick, folder }) {
    const notes = quick ? 10_000 : 100_000
    const file = join(folder, 'large.glossa')
    const appDataDir = join(folder, 'app-data-large')
    await mkdir(appDataDir, { recursive: true })
    await writeFile(file, projectText(sharedProject(notes)))
    const script = await bundledChild('open-large')
    const { stdout } = await promisify(execFile)(process.execPath, [script, file, appDataDir], { maxBuffer: 1024 * 1024 })
    const measured = JSON.parse(stdout) as { baseline_ms: number; open_ms: number; peak_mb: number }
    return {
      large_notes: notes,
      large_open_ms: Math.round(measured.open_ms),
      large_baseline_ms: Math.round(measured.baseline_ms),
      large_open_ratio: Number((measured.open_ms / measured.baseline_ms).toFixed(2)),
      large_peak_mb: Math.round(measured.peak_mb)
    }
  }
}
