import { describe, expect, it } from 'vitest'
import { hotExitScenario } from './hot-exit'

/** A reduced hot-exit run (the full one is `npx tsx bench/durability/hot-exit.ts --json`): every unsaved edit of a killed session comes back. */
describe('hot exit under SIGKILL', () => {
  it('restores every edit a killed session had journaled but not saved', async () => {
    const figures = await hotExitScenario({ kills: 4 })
    expect(figures.unsaved_at_kill).toBeGreaterThan(0)
    expect(figures.restored_after_kill).toBe(figures.unsaved_at_kill)
  }, 120_000)
})
