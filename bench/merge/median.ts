/** Rounds each benchmark runs; the median is reported, so one slow round (a GC pause) does not count. */
export const rounds = 5

/** The middle value of a list of timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
