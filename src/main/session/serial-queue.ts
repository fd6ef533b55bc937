/**
 * Runs jobs one after another, in the order they were queued: a job starts only when every job queued
 * before it has finished (succeeded or failed). What one window does to its file (save, merge, export)
 * goes through its queue, so two of them never interleave.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job)
    // The next job waits for this one whatever its outcome; the outcome itself goes to this job's caller.
    this.tail = result.catch(() => undefined)
    return result
  }
}
