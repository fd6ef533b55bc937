import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/create'
import { writeFailure } from '../file-errors'
import { useTempFolder } from '../testing/temp-folder'
import { writeFileAtomic } from './atomic-write'
import { backupPathFor } from './backups'
import { projectText, readProject, writeProject } from './project-store'
import { nodeWriteFs, type WriteFs } from './write-fs'

/**
 * Issue 16, faults: every step of the atomic write (write, fsync, rename, folder fsync) failing with each
 * code a disk gives. The old file stays whole, no temporary file is left, the user is told in plain words.
 */

const folder = useTempFolder('glossa-faults-')

type Step = 'open' | 'write' | 'sync' | 'rename' | 'syncFolder'
const steps: Step[] = ['open', 'write', 'sync', 'rename', 'syncFolder']
const codes = ['ENOSPC', 'EIO', 'EPERM', 'EBUSY', 'EROFS'] as const

function fault(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** The real file system, failing at `step` with `code` (`times` times; then working again). */
function faultyFs(step: Step, code: string, times = Infinity): WriteFs & { calls: () => number } {
  let failures = 0
  let calls = 0
  const failHere = async () => {
    calls++
    if (failures < times) {
      failures++
      throw fault(code)
    }
  }
  return {
    calls: () => calls,
    async open(path) {
      if (step === 'open') await failHere()
      const handle = await nodeWriteFs.open(path)
      return {
        async write(content) {
          // A write that fails part-way leaves part of the bytes behind, as a full disk does.
          if (step === 'write' && failures < times) await handle.write(content.slice(0, content.length >> 1))
          if (step === 'write') await failHere()
          await handle.write(content)
        },
        async sync() {
          if (step === 'sync') await failHere()
          await handle.sync()
        },
        close: () => handle.close()
      }
    },
    async rename(from, to) {
      if (step === 'rename') await failHere()
      await nodeWriteFs.rename(from, to)
    },
    remove: nodeWriteFs.remove,
    async syncFolder(path) {
      if (step === 'syncFolder') await failHere()
      await nodeWriteFs.syncFolder(path)
    }
  }
}

const noWait = [0, 0, 0, 0, 0]
const plainWords = { ENOSPC: 'errorSaveDiskFull', EIO: 'errorSaveDiskFault', EPERM: 'errorSaveNotPermitted', EBUSY: 'errorSaveFileBusy', EROFS: 'errorSaveReadOnlyFolder' }

describe('the atomic write under disk faults', () => {
  for (const step of steps.filter((step) => step !== 'syncFolder')) {
    for (const code of codes) {
      it(`${step} failing with ${code}: the old file stays, no temporary file is left, the user reads it in plain words`, async () => {
        const file = join(folder(), 'thesis.glossa')
        await writeFile(file, 'the old version')
        const error = await writeFileAtomic(file, 'the new version', { fs: faultyFs(step, code), retryDelaysMs: noWait }).then(
          () => null,
          (thrown: unknown) => thrown
        )
        expect((error as NodeJS.ErrnoException | null)?.code).toBe(code)
        expect(await readFile(file, 'utf8')).toBe('the old version')
        expect(await readdir(folder())).toEqual(['thesis.glossa'])
        const reply = writeFailure('errorFileUnwritable', error, file)
        expect(reply).toEqual({ ok: false, error: { code: plainWords[code], params: { fileName: 'thesis.glossa' }, detail: code } })
      })
    }
  }

  for (const code of codes) {
    it(`the folder fsync failing with ${code}: the new file is whole in place and no temporary file is left; only a disk fault is reported`, async () => {
      const file = join(folder(), 'thesis.glossa')
      await writeFile(file, 'the old version')
      const outcome = await writeFileAtomic(file, 'the new version', { fs: faultyFs('syncFolder', code) }).then(
        () => 'done',
        (thrown: NodeJS.ErrnoException) => thrown.code
      )
      // Windows refuses to open a folder (EPERM): nothing to sync there, and nothing to tell.
      expect(outcome).toBe(code === 'EPERM' ? 'done' : code)
      expect(await readFile(file, 'utf8')).toBe('the new version')
      expect(await readdir(folder())).toEqual(['thesis.glossa'])
    })
  }

  for (const code of ['EPERM', 'EBUSY']) {
    it(`retries a rename that ${code} blocks for a moment (antivirus, an indexer), and saves`, async () => {
      const file = join(folder(), 'thesis.glossa')
      await writeFile(file, 'the old version')
      const fs = faultyFs('rename', code, 3)
      await writeFileAtomic(file, 'the new version', { fs, retryDelaysMs: noWait })
      expect(fs.calls()).toBe(4)
      expect(await readFile(file, 'utf8')).toBe('the new version')
      expect(await readdir(folder())).toEqual(['thesis.glossa'])
    })
  }

  it('does not retry a rename that fails for good (a full disk)', async () => {
    const file = join(folder(), 'thesis.glossa')
    await writeFile(file, 'the old version')
    const fs = faultyFs('rename', 'ENOSPC')
    await expect(writeFileAtomic(file, 'the new version', { fs, retryDelaysMs: noWait })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(fs.calls()).toBe(1)
  })
})

describe('a project save under disk faults', () => {
  for (const step of steps.filter((step) => step !== 'syncFolder')) {
    for (const code of codes) {
      it(`${step} failing with ${code}: the project and its backup stay as they were`, async () => {
        const file = join(folder(), 'thesis.glossa')
        const first = createProject({ title: 'First', now: new Date('2026-01-01T00:00:00Z') })
        const second = { ...first, meta: { ...first.meta, title: 'Second' } }
        await writeProject(file, first)
        await writeProject(file, second, { previousIsGood: true })
        const before = { project: await readFile(file, 'utf8'), backup: await readFile(backupPathFor(file), 'utf8') }
        const third = { ...first, meta: { ...first.meta, title: 'Third' } }
        await expect(writeProject(file, third, { previousIsGood: true, fs: faultyFs(step, code), retryDelaysMs: noWait, spacingMs: Infinity })).rejects.toMatchObject({ code })
        expect(await readFile(file, 'utf8')).toBe(before.project)
        expect((await readProject(file)).meta.title).toBe('Second')
        // The backup is the last good version before the one on disk, or that version itself: never lost, never torn.
        expect([before.backup, projectText(second)]).toContain(await readFile(backupPathFor(file), 'utf8'))
        expect((await readdir(folder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
      })
    }
  }

  it('reports a folder fsync fault as written but unconfirmed, so the caller records it and saves again', async () => {
    const file = join(folder(), 'thesis.glossa')
    const project = createProject({ title: 'First' })
    const written = await writeProject(file, project, { fs: faultyFs('syncFolder', 'EIO') })
    expect(written).toMatchObject({ writtenTo: file, unconfirmed: 'EIO' })
    expect((await readProject(file)).meta.title).toBe('First')
  })
})
