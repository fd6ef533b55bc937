import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { inertHost } from '../../src/main/testing/inert-host'
import type { Channel, Replies } from '../../src/shared/ipc'
import { createProject } from '../../src/shared/project/create'
import { parseProjectFile, serialiseProject } from '../../src/shared/project/parse'
import { restoredProject } from '../../src/renderer/src/hot-exit/restored-project'

/**
 * Hot exit under SIGKILL (issue 16), in plain Node against main's real handlers: a child process edits a
 * project, each edit journaled, saving now and then; it is killed at a random moment; a new "start" on the
 * same app-data folder restores the offered journal. Every edit the child had journaled but not saved when
 * it died must come back. Prints {"restored_after_kill":n,"unsaved_at_kill":n} (target: equal).
 *
 *   npx tsx bench/durability/hot-exit.ts [--kills N] [--json]
 */

export interface HotExitFigures {
  restored_after_kill: number
  unsaved_at_kill: number
}

const childScript = resolve(__dirname, 'hot-exit-child.ts')
const tsxLoader = pathToFileURL(createRequire(__filename).resolve('tsx')).href

/** Runs the child session until it has been editing for `killAfterMs`, then SIGKILLs it; returns what it reported. */
function killedSession(appDataDir: string, projectPath: string, firstEdit: number, killAfterMs: number): Promise<{ journaled: string[]; saved: string[] }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, childScript, appDataDir, projectPath, String(firstEdit)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const journaled: string[] = []
    const saved: string[] = []
    let buffer = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        const [what, id] = line.split(' ')
        if (what === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        else if (what === 'journaled') journaled.push(id!)
        else if (what === 'saved') saved.push(id!)
      }
    })
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? done({ journaled, saved }) : failed(new Error(`the session ended by itself: ${errors}`))))
  })
}

/** A fresh main process on the same app-data folder, as the next start of Glossa. */
function restartedMain(appDataDir: string) {
  const table = createHandlers({ host: inertHost(), appDataDir })
  return async <C extends Channel>(channel: C, request: unknown): Promise<Replies[C]> => {
    const reply = await dispatch(table, channel, request, { windowId: 1 })
    if (!reply.ok) throw new Error(`${channel} refused: ${JSON.stringify(reply.error)}`)
    return reply.value as Replies[C]
  }
}

async function noteIdsIn(path: string): Promise<Set<string>> {
  const read = parseProjectFile(await readFile(path, 'utf8'))
  if (!read.ok) throw new Error(`the project file is damaged: ${read.error.code}`)
  return new Set(read.value.annotations.map((annotation) => annotation.id))
}

export async function hotExitScenario(opts: { kills: number; onKill?: (kill: number, figures: HotExitFigures) => void }): Promise<HotExitFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'glossa-hot-exit-bench-'))
  const appDataDir = join(folder, 'app-data')
  const projectPath = join(folder, 'commentary.glossa')
  const figures: HotExitFigures = { restored_after_kill: 0, unsaved_at_kill: 0 }
  try {
    await writeFile(projectPath, serialiseProject(createProject({ title: 'Commentary', now: new Date('2026-12-04T20:00:00Z') })))
    let nextEdit = 1
    for (let kill = 0; kill < opts.kills; kill++) {
      const { journaled } = await killedSession(appDataDir, projectPath, nextEdit, 50 + Math.random() * 400)
      nextEdit += journaled.length + 100
      const inFile = await noteIdsIn(projectPath)
      const unsaved = journaled.filter((id) => !inFile.has(id))
      figures.unsaved_at_kill += unsaved.length

      // The next start: the project reopens, its journal is offered and restored, then saved.
      const call = restartedMain(appDataDir)
      const start = await call('app:start', {})
      const offer = await call('journal:offer', {})
      if (offer && start.session) {
        const work = await call('journal:restore', { offerId: offer.offerId })
        const project = restoredProject(work.session.project, work.changes)
        const restored = new Set(project.annotations.map((annotation) => annotation.id))
        figures.restored_after_kill += unsaved.filter((id) => restored.has(id)).length
        await call('project:save', { project, revision: 1 })
      }
      // That start ends before the next session begins: it lets go of the project's lock (it runs in this
      // process, which stays alive, so its lock would not count as stale).
      await call('project:close', {})
      opts.onKill?.(kill + 1, figures)
    }
    return figures
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

async function main() {
  const args = process.argv.slice(2)
  const killsAt = args.indexOf('--kills')
  const kills = killsAt >= 0 ? Number(args[killsAt + 1]) : 200
  if (!Number.isInteger(kills) || kills < 1) {
    process.stderr.write('usage: hot-exit.ts [--kills N] [--json]\n')
    process.exit(2)
  }
  // Progress goes to stderr, so that --json output stays one line of JSON.
  const figures = await hotExitScenario({ kills, onKill: (kill, sofar) => kill % 10 === 0 && process.stderr.write(`${kill} kills: ${JSON.stringify(sofar)}\n`) })
  process.stdout.write(args.includes('--json') ? JSON.stringify(figures) + '\n' : `${JSON.stringify(figures)}\n${figures.restored_after_kill} of ${figures.unsaved_at_kill} unsaved edits restored after ${kills} kills\n`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main()
