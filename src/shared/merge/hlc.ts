/**
 * Hybrid logical clocks (Kulkarni et al., 2014), written as text that sorts like the clocks:
 * `<milliseconds, 15 digits>.<counter, 6 digits>.<node id>`. A clock never goes backwards even when the
 * computer's time does, and it always passes every clock it has seen, so an edit made after reading a
 * colleague's file always wins over what that file said. The node id (the author's random id) breaks ties,
 * which makes the order total: two different writes never compare equal.
 */

/** A clock reading, e.g. `001764000000000.000003.3f2a…`. */
export type Clock = string

/** The clock of data that existed before clocks did (migrated files use their own readings). */
export const zeroClock: Clock = formatClock(0, 0, '')

/** Builds a clock reading; `node` must not be empty for live edits. */
export function formatClock(milliseconds: number, counter: number, node: string): Clock {
  return `${String(Math.max(0, Math.floor(milliseconds))).padStart(15, '0')}.${String(counter).padStart(6, '0')}.${node}`
}

/** The wall-clock and counter parts of a reading. */
export function readClock(clock: Clock): { milliseconds: number; counter: number; node: string } {
  return { milliseconds: Number(clock.slice(0, 15)), counter: Number(clock.slice(16, 22)), node: clock.slice(23) }
}

/** Total order on readings: text order is clock order by construction. */
export function compareClocks(a: Clock, b: Clock): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The later of two readings. */
export function maxClock(a: Clock, b: Clock): Clock {
  return a >= b ? a : b
}

/** The next reading for `node` at wall time `now`, later than `latestSeen` (every clock this replica knows). */
export function tick(latestSeen: Clock, now: number, node: string): Clock {
  const seen = readClock(latestSeen)
  if (now > seen.milliseconds) return formatClock(now, 0, node)
  return formatClock(seen.milliseconds, seen.counter + 1, node)
}
