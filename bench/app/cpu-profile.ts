/**
 * Reads V8 CPU profiles (the DevTools protocol's Profiler.Profile, from Chromium and from Node alike) and
 * trace events: where the time went, by function (self and inclusive) and by rendering phase.
 */

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

export interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface FunctionTime {
  name: string
  selfMs: number
  totalMs: number
}

const fileOf = (url: string) => url.replace(/^.*\/(node_modules\/(@[^/]+\/)?[^/]+|src)\//, '$1/').replace(/\?.*$/, '')

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  return `${functionName || '(anonymous)'}${url ? ` ${fileOf(url)}:${lineNumber + 1}` : ''}`
}

/** Self and inclusive time per function (a function counted once per sample however deep it recurses). */
export function functionTimes(profile: CpuProfile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  samples.forEach((id, index) => {
    // A sample's weight is the time until the next one.
    const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000
    const leaf = label(byId.get(id)!)
    self.set(leaf, (self.get(leaf) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  })
  return [...total].map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }))
}

/** Trace events of Chromium's rendering pipeline, summed by name (main-thread complete events). */
export function phaseTimes(traceJson: string, names: readonly string[]): Record<string, number> {
  const events = (JSON.parse(traceJson) as { traceEvents: { name: string; ph: string; dur?: number }[] }).traceEvents
  const sums: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
  for (const event of events) {
    if (event.ph === 'X' && event.dur !== undefined && event.name in sums) sums[event.name]! += event.dur / 1000
  }
  return sums
}

const skipped = new Set(['(root)', '(program)', '(idle)'])

/** The `count` functions with the most time, by self or inclusive time, without the profiler's own entries. */
export function top(times: FunctionTime[], by: 'selfMs' | 'totalMs', count: number): FunctionTime[] {
  return times
    .filter((time) => !skipped.has(time.name.split(' ')[0]!) && time.name !== '(anonymous)')
    .sort((a, b) => b[by] - a[by])
    .slice(0, count)
}
