import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectText } from '../../src/main/store/project-store'
import { sharedProject } from '../merge/projects'
import { bundledChild } from './bundle'
import { projectAndBackupsIntact, reopen, temporariesBeside, titleIfIntact } from './project-files'
import type { DurabilityScenario } from './scenario'

/**
 * 200 SIGKILLs of a Glossa main process (save-loop.ts, main's real handlers) at random moments of a save
 * loop on a project of 1,000 notes (300 in the quick run); after each, the next start reopens it. Figures: the kills; the trials
 * after which the project and every backup were whole (`intact`); temporary files left after the reopen
 * (`temp_left`); saves main had confirmed that the disk did not hold (`lost_edits`); and, to show the kills
 * land inside saves, the kills that left a temporary file behind (`killed_mid_write`).
 */

/** Runs the save loop until it has opened the project, kills it `afterMs` later; the last revision it reported saved. */
function killDuringSaves(script: string, file: string, appDataDir: string, afterMs: number): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [script, file, appDataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let confirmed = 0
    let output = ''
    let errors = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      const lines = output.split('\n')
      output = lines.pop()!
      for (const line of lines) {
        if (line === 'opened') setTimeout(() => child.kill('SIGKILL'), afterMs)
        const saved = /^saved (\d+)$/.exec(line)
        if (saved) confirmed = Number(saved[1])
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk))
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(confirmed) : failed(new Error(`the save loop stopped by itself: ${errors}`))))
  })
}

export const kills: DurabilityScenario = {
  name: 'kills',
  async run({ quick, folder }) {
    const count = quick ? 20 : 200
    const script = await bundledChild('save-loop')
    const file = join(folder, 'thesis.glossa')
    const appDataDir = join(folder, 'app-data')
    await mkdir(appDataDir, { recursive: true })
    await writeFile(file, projectText(sharedProject(quick ? 300 : 1_000)))
    let intact = 0
    let tempLeft = 0
    let lostEdits = 0
    let killedMidWrite = 0
    for (let kill = 0; kill < count; kill++) {
      // Up to about twenty saves in: the kill lands in a write, an fsync, a rename, a backup, or between saves.
      const confirmed = await killDuringSaves(script, file, appDataDir, Math.random() * 300)
      const wholeNow = await projectAndBackupsIntact(file)
      if ((await temporariesBeside(file)).length) killedMidWrite++
      const onDisk = Number(/^Edit (\d+)$/.exec((await titleIfIntact(file)) ?? '')?.[1] ?? 0)
      if (confirmed > 0 && onDisk < confirmed) lostEdits++
      const reopened = await reopen(file, appDataDir)
      if (wholeNow && reopened) intact++
      tempLeft += (await temporariesBeside(file)).length
    }
    return { kills: count, intact, temp_left: tempLeft, lost_edits: lostEdits, killed_mid_write: killedMidWrite }
  }
}
