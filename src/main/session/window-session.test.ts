import { utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { hashFile } from '../store/file-identity'
import { useTempFolder } from '../testing/temp-folder'
import { SerialQueue } from './serial-queue'
import { diskRecord, WindowSession } from './window-session'
import { WindowSessions } from './window-sessions'

const folder = useTempFolder('glossa-session-')
const project = createProject({ title: 'P', now: new Date('2026-01-01T00:00:00Z') })

describe('a window session', () => {
  it('runs its jobs one after another in the order asked, a failed job not stopping the next', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const job = (name: string, ms: number, fails = false) => async () => {
      log.push(`start ${name}`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      log.push(`end ${name}`)
      if (fails) throw new Error(name)
      return name
    }
    const results = await Promise.allSettled([queue.run(job('save', 30)), queue.run(job('merge', 1, true)), queue.run(job('export', 5))])
    expect(log).toEqual(['start save', 'end save', 'start merge', 'end merge', 'start export', 'end export'])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })

  it('notices another writer by the file identity, and not a touch that left the bytes alone', async () => {
    const file = join(folder(), 'p.glossa')
    await writeFile(file, 'ours')
    const session = new WindowSession()
    session.startOver(file)
    session.remember(file, project, await diskRecord(file, await hashFile(file)))
    expect(await session.checkDisk(file)).toEqual({ changed: false, good: true })
    await utimes(file, new Date('2030-01-01'), new Date('2030-01-01'))
    expect(await session.checkDisk(file)).toEqual({ changed: false, good: true })
    await writeFile(file, 'theirs')
    expect(await session.checkDisk(file)).toEqual({ changed: true, good: false })
  })

  it('remembers the newest revision written to its file, and forgets it for another project', async () => {
    const session = new WindowSession()
    const record = { identity: null, hash: null, good: true }
    session.wrote('/a.glossa', project, record, 5)
    expect(session.newerOnDisk('/a.glossa', 4)).toBe(5)
    expect(session.newerOnDisk('/a.glossa', 6)).toBeNull()
    expect(session.newerOnDisk('/b.glossa', 4)).toBeNull()
    session.startOver('/a.glossa')
    expect(session.newerOnDisk('/a.glossa', 4)).toBeNull()
  })

  it('is made per window and freed when the window closes', () => {
    const sessions = new WindowSessions()
    const first = sessions.get(1)
    expect(sessions.get(1)).toBe(first)
    first.startOver('/a.glossa')
    sessions.get(2).startOver('/a.glossa')
    expect(sessions.windowsWith('/a.glossa')).toEqual([1, 2])
    sessions.openOnStart(3, '/b.glossa')
    sessions.close(1)
    sessions.close(3)
    expect(sessions.size).toBe(1)
    expect(sessions.get(1)).not.toBe(first)
    expect(sessions.takeFileToOpen(3)).toBeNull()
  })
})
