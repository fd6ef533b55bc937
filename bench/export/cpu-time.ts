import { existsSync, readdirSync, readFileSync } from 'node:fs'

/**
 * CPU seconds spent by this process and the Chromium processes it starts, for the export bench. On a
 * machine shared with other work wall time grows with the load; the CPU time an export takes hardly does.
 * Linux only (/proc): the processes below this one are sampled every 100 ms while a measurement runs (a
 * process's time is lost when it ends, its parent may never reap it), keeping each one's last figure.
 */

const clockTicks = 100

function stat(pid: number | 'self'): { busy: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of stat(5); fields[0] here is field 3.
    return { busy: (Number(fields[11]) + Number(fields[12])) / clockTicks }
  } catch {
    return null
  }
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
  } catch {
    return []
  }
}

export const cpuTimeAvailable = existsSync('/proc/self/stat')

/** Runs `work`, returning its result and the CPU seconds it took here and in the processes it started. */
export async function withCpuTime<T>(work: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const seen = new Map<number, number>()
  const before = new Map<number, number>()
  const sample = (into: Map<number, number>) => {
    const queue = children(process.pid)
    while (queue.length > 0) {
      const pid = queue.pop()!
      const busy = stat(pid)?.busy
      if (busy !== undefined) into.set(pid, busy)
      queue.push(...children(pid))
    }
  }
  sample(before)
  const selfBefore = stat('self')?.busy ?? 0
  const timer = setInterval(() => sample(seen), 100)
  try {
    const result = await work()
    sample(seen)
    const others = [...seen].reduce((sum, [pid, busy]) => sum + busy - (before.get(pid) ?? 0), 0)
    return { result, cpu: (stat('self')?.busy ?? 0) - selfBefore + others }
  } finally {
    clearInterval(timer)
  }
}
