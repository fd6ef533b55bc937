import { describe, expect, it } from 'vitest'
import { runDurability } from './run'

/**
 * Issue 16: the reduced torture run (20 SIGKILLs of a saving main process, overlapping saves, other
 * programs writing mid-save) against main's real store and handlers. Every project and backup stays whole,
 * no temporary file is left after the next open, no confirmed edit is lost, no other writer is overwritten.
 */
describe('bench/durability --quick', () => {
  it('keeps every project whole under kills, overlapping saves and other writers', async () => {
    const figures = await runDurability(true)
    expect(figures).toMatchObject({ kills: 20, save_pairs: 10, external_writes: 6 })
    expect(figures['intact']).toBe(figures['kills'])
    expect(figures['temp_left']).toBe(0)
    expect(figures['lost_edits']).toBe(0)
    expect(figures['overwritten']).toBe(0)
    // Spawning and killing twenty processes on a busy machine: not a speed test.
  }, 300_000)
})
