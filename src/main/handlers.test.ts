import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateLegalText } from '../shared/fixtures/generate-text'
import { channels } from '../shared/ipc'
import { dispatch } from './dispatch'
import { createHandlers, type HandlerTable } from './handlers'
import { inertHost } from './testing/inert-host'

/** A host whose dialogs answer with queued paths, as the end-to-end harness does. */
function queuedHost() {
  const answers = { open: [] as string[], save: [] as string[], importText: [] as string[], merge: [] as string[] }
  const host = inertHost({
    chooseProjectToOpen: async () => answers.open.shift() ?? null,
    chooseProjectToMerge: async () => answers.merge.shift() ?? null,
    chooseProjectSavePath: async () => answers.save.shift() ?? null,
    chooseTextToImport: async () => answers.importText.shift() ?? null
  })
  return { host, answers }
}

let folder: string
let table: HandlerTable
let answers: ReturnType<typeof queuedHost>['answers']
const window1 = { windowId: 1 }

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'glossa-handlers-'))
  const queued = queuedHost()
  answers = queued.answers
  table = createHandlers({ host: queued.host, appDataDir: join(folder, 'app-data') })
})
afterEach(() => rm(folder, { recursive: true, force: true }))

const call = (channel: unknown, payload: unknown) => dispatch(table, channel, payload, window1)

describe('IPC handler table', () => {
  it('has one handler for each channel of the contract', () => {
    expect(Object.keys(table).sort()).toEqual([...channels].sort())
  })

  it('answers an unknown channel or a malformed request with an error, never a crash', async () => {
    expect(await call('fs:readAnything', {})).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('project:open', { recentId: 42 })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('project:open', { recentId: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('project:save', { project: {}, revision: -1 })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('project:save', { project: {}, revision: 1.5 })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('shell:openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false })
    expect(await call('shell:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false })
  })

  it('opens the welcome project on first launch only', async () => {
    const first = await call('app:start', {})
    expect(first).toMatchObject({ ok: true, value: { firstLaunch: true, session: { fileName: null, project: { meta: { title: 'Welcome to Glossa' } } } } })
    const second = await call('app:start', {})
    expect(second).toMatchObject({ ok: true, value: { firstLaunch: false, session: null } })
  })

  it('imports a text, saves the project, and reopens it from the recent list on the next start', async () => {
    const textFile = join(folder, 'charter.txt')
    await writeFile(textFile, generateLegalText({ parts: 3, articles: 12 }))
    answers.importText.push(textFile)
    const imported = await call('document:import', {})
    expect(imported).toMatchObject({ ok: true, value: { fileName: 'charter.txt', report: { counts: { parts: 3, articles: 12 } } } })

    const session = await call('project:new', { title: 'Charter notes' })
    if (!session.ok || !imported.ok) throw new Error('unexpected refusal')
    const { project } = session.value as { project: Record<string, unknown> }
    const doc = (imported.value as { doc: unknown }).doc
    answers.save.push(join(folder, 'notes'))
    const saved = await call('project:save', { project: { ...project, document: { name: 'Charter', language: 'en', content: doc } }, revision: 1 })
    expect(saved).toMatchObject({ ok: true, value: { fileName: 'notes.glossa', revision: 1 } })

    const restarted = await call('app:start', {})
    expect(restarted).toMatchObject({ ok: true, value: { session: { fileName: 'notes.glossa', project: { meta: { title: 'Charter notes' } } } } })
  })

  it('refuses to save a project that fails validation, and writes nothing', async () => {
    answers.save.push(join(folder, 'bad.glossa'))
    const result = await call('project:saveAs', { project: { format: 'glossa-project', schemaVersion: 1, meta: {} }, revision: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid' } })
    await expect(readFile(join(folder, 'bad.glossa'))).rejects.toThrow()
  })

  it('treats a cancelled dialog as no answer, not an error', async () => {
    expect(await call('project:open', {})).toEqual({ ok: true, value: null })
    expect(await call('document:import', {})).toEqual({ ok: true, value: null })
  })

  it('drops a missing file from the recent list', async () => {
    const file = join(folder, 'gone.glossa')
    const session = await call('project:new', {})
    if (!session.ok) throw new Error('unexpected refusal')
    answers.save.push(file)
    await call('project:saveAs', { project: (session.value as { project: unknown }).project, revision: 1 })
    await rm(file)
    const listed = await call('recent:list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ fileName: 'gone.glossa', missing: true }] })
    const [entry] = (listed as { value: { id: string }[] }).value
    expect(await call('project:open', { recentId: entry!.id })).toMatchObject({ ok: false, error: { code: 'errorFileNotFound', params: { fileName: 'gone.glossa' } } })
    expect(await call('recent:list', {})).toEqual({ ok: true, value: [] })
  })

  it('takes an entry off the recent list by its id, and refuses anything but an id', async () => {
    const file = join(folder, 'kept.glossa')
    const session = await call('project:new', {})
    if (!session.ok) throw new Error('unexpected refusal')
    answers.save.push(file)
    await call('project:saveAs', { project: (session.value as { project: unknown }).project, revision: 1 })
    const listed = (await call('recent:list', {})) as { value: { id: string }[] }
    expect(await call('recent:remove', { recentId: listed.value[0]!.id })).toEqual({ ok: true, value: [] })
    expect(await call('recent:remove', { path: file })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    // The file itself stays.
    await expect(readFile(file, 'utf8')).resolves.toContain('glossa-project')
  })
})
