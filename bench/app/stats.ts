/** Percentiles of timings, by nearest rank (no interpolation: every figure is a time that was measured). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export interface Summary {
  n: number
  p50: number
  p95: number
}

export function summarise(samples: readonly number[]): Summary {
  return { n: samples.length, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) }
}

/** A ratio of two timings; below a tenth of a millisecond both are noise, so 0.1 ms is the floor. */
export const ratio = (value: number, base: number) => Math.max(value, 0.1) / Math.max(base, 0.1)
