import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { figureKeys } from './report'

/**
 * Keeps bench/app from rotting as the UI changes: a quick run must drive the whole app and print one JSON
 * object with every figure as a number. Timings are never asserted here; they belong to the bench's output.
 */
describe('bench/app', () => {
  it('runs end to end in quick mode and prints every figure', async () => {
    const run = await promisify(execFile)(resolve(__dirname, '../../node_modules/.bin/tsx'), [resolve(__dirname, 'run.ts'), '--json', '--quick'], {
      cwd: resolve(__dirname, '../..'),
      maxBuffer: 16 * 1024 * 1024
    })
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const figures = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(figures).sort()).toEqual([...figureKeys].sort())
    for (const key of figureKeys) {
      expect(typeof figures[key], key).toBe('number')
      expect(Number.isFinite(figures[key]) && (figures[key] as number) > 0, `${key} = ${String(figures[key])}`).toBe(true)
    }
  }, 300_000)

  it('refuses an unknown option with a usage message and exit code 2', async () => {
    const failure = await promisify(execFile)(resolve(__dirname, '../../node_modules/.bin/tsx'), [resolve(__dirname, 'run.ts'), '--fast'], { cwd: resolve(__dirname, '../..') }).catch((error: unknown) => error as { code: number; stderr: string })
    expect(failure).toMatchObject({ code: 2 })
    expect((failure as { stderr: string }).stderr).toContain('unknown option --fast')
  })
})
