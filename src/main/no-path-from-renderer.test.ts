import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateLegalText } from '../shared/fixtures/generate-text'
import { channels } from '../shared/ipc'
import { createProject } from '../shared/project/create'
import { serialiseProject } from '../shared/project/parse'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import type { Host } from './host'
import { inertHost } from './testing/inert-host'
import { useTempFolder } from './testing/temp-folder'

/**
 * Issue 11, defect 7: the renderer is not trusted with the file system. It could make main read any file
 * (`document:import { path }` and five more channels) and, with `project:open { path }` and two saves, wipe any
 * project and its backup. Here a hostile renderer tries exactly that through main's real handler table, with
 * every dialog cancelled (the user chose nothing), and must get nothing.
 */

const folder = useTempFolder('glossa-no-path-')
const window1 = { windowId: 1 }

/** Counts every dialog main opens: a hostile request must not even get that far with a path of its own. */
function countingHost(answers: Partial<Host> = {}) {
  const asked: string[] = []
  const cancelled = (name: string) => async () => {
    asked.push(name)
    return null
  }
  const host = inertHost({
    chooseProjectToOpen: cancelled('open'),
    chooseProjectToMerge: cancelled('merge'),
    chooseProjectSavePath: cancelled('save'),
    chooseTextToImport: cancelled('import'),
    chooseSourcesToImport: cancelled('sources'),
    chooseSourceFile: cancelled('source file'),
    chooseWebAnnotationsToImport: cancelled('web'),
    ...answers
  })
  return { host, asked }
}

const secretText = 'SECRET-MARKER the private diary of the user, never to be read by Glossa'

async function secretFiles() {
  const files = {
    text: join(folder(), 'diary.txt'),
    bib: join(folder(), 'diary.bib'),
    web: join(folder(), 'diary.jsonld'),
    project: join(folder(), 'colleague.glossa')
  }
  await writeFile(files.text, `${secretText}\n`)
  await writeFile(files.bib, `@book{secret, title = {${secretText}}, year = {2020}}\n`)
  await writeFile(files.web, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body: { type: 'TextualBody', value: secretText }, target: 'urn:x' }))
  await writeFile(files.project, serialiseProject(createProject({ title: secretText, now: new Date('2026-01-01T00:00:00Z') })))
  await writeFile(`${files.project}.bak`, serialiseProject(createProject({ title: secretText, now: new Date('2026-01-01T00:00:00Z') })))
  return files
}

describe('a renderer that names a file gets nothing from it', () => {
  it('is refused on every channel that used to take a path, before any file is read', async () => {
    const files = await secretFiles()
    const { host, asked } = countingHost()
    const table = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
    const project = createProject({ title: 'Mine', now: new Date('2026-01-01T00:00:00Z') })
    const attempts: [string, unknown][] = [
      ['document:import', { path: files.text }],
      ['sources:importFile', { path: files.bib }],
      ['sources:readFile', { path: files.text }],
      ['annotations:readWeb', { path: files.web }],
      ['project:mergeFromFile', { project, path: files.project }],
      ['project:open', { path: files.project }],
      ['project:openBackup', { path: files.project }]
    ]
    for (const [channel, payload] of attempts) {
      const reply = await dispatch(table, channel, payload, window1)
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
      expect(JSON.stringify(reply), channel).not.toContain('SECRET-MARKER')
    }
    expect(asked).toEqual([])
  })

  it('is refused on every channel of the contract when it adds a path of its own', async () => {
    const files = await secretFiles()
    const { host } = countingHost()
    const table = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
    for (const channel of channels) {
      for (const key of ['path', 'file', 'filePath']) {
        const reply = await dispatch(table, channel, { [key]: files.text }, window1)
        expect(reply, `${channel} { ${key} }`).toMatchObject({ ok: false })
        expect(JSON.stringify(reply)).not.toContain('SECRET-MARKER')
      }
    }
  })

  it('cannot open a project by path and wipe it and its backup with two saves', async () => {
    const victim = join(folder(), 'thesis.glossa')
    const original = serialiseProject(createProject({ title: 'Years of work', now: new Date('2025-01-01T00:00:00Z') }))
    const backup = serialiseProject(createProject({ title: 'Years of work, last week', now: new Date('2025-01-01T00:00:00Z') }))
    await writeFile(victim, original)
    await writeFile(`${victim}.bak`, backup)
    const { host } = countingHost()
    const table = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
    const empty = createProject({ title: 'Nothing', now: new Date('2026-01-01T00:00:00Z') })

    await dispatch(table, 'project:open', { path: victim }, window1)
    await dispatch(table, 'project:open', { recentId: victim }, window1)
    // Both the old and the new shape of a save, twice: whatever main accepts, it must not write the victim.
    for (let revision = 1; revision <= 2; revision++) {
      await dispatch(table, 'project:save', { project: empty }, window1)
      await dispatch(table, 'project:save', { project: empty, revision }, window1)
    }

    expect(await readFile(victim, 'utf8')).toBe(original)
    expect(await readFile(`${victim}.bak`, 'utf8')).toBe(backup)
  })

  it('opens a recent project only by the id main listed, and a backup only by the id main offered', async () => {
    const opened = join(folder(), 'notes.glossa')
    await writeFile(opened, serialiseProject(createProject({ title: 'Notes', now: new Date('2026-01-01T00:00:00Z') })))
    const answers = [opened]
    const { host } = countingHost({ chooseProjectToOpen: async () => answers.shift() ?? null })
    const table = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
    expect(await dispatch(table, 'project:open', {}, window1)).toMatchObject({ ok: true, value: { fileName: 'notes.glossa' } })
    const listed = await dispatch(table, 'recent:list', {}, window1)
    if (!listed.ok) throw new Error('the recent list must be readable')
    const [entry] = listed.value as { id: string; fileName: string; missing: boolean }[]
    expect(entry).toMatchObject({ fileName: 'notes.glossa', missing: false })

    expect(await dispatch(table, 'project:open', { recentId: entry!.id }, window1)).toMatchObject({ ok: true, value: { fileName: 'notes.glossa', project: { meta: { title: 'Notes' } } } })
    expect(await dispatch(table, 'project:open', { recentId: 'not-an-id-main-gave' }, window1)).toMatchObject({ ok: false, error: { code: 'errorRecentGone' } })
    expect(await dispatch(table, 'project:openBackup', { backupId: entry!.id }, window1)).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
  })

  it('never sends the renderer a path, only file names', async () => {
    const textFile = join(folder(), 'charter.txt')
    await writeFile(textFile, generateLegalText({ parts: 2, articles: 4 }))
    const saveAnswers = [join(folder(), 'charter-notes')]
    const { host } = countingHost({ chooseTextToImport: async () => textFile, chooseProjectSavePath: async () => saveAnswers.shift() ?? null })
    const table = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
    const call = (channel: string, payload: unknown) => dispatch(table, channel, payload, window1)
    const replies = [await call('app:start', {}), await call('document:import', {})]
    const session = await call('project:new', { title: 'Charter notes' })
    replies.push(session)
    if (!session.ok) throw new Error('a new project must be made')
    const { project } = session.value as { project: object }
    replies.push(await call('project:save', { project, revision: 1 }))
    replies.push(await call('project:checkDisk', {}), await call('recent:list', {}), await call('app:start', {}))
    expect(replies.every((reply) => reply.ok)).toBe(true)
    for (const reply of replies) expect(JSON.stringify(reply)).not.toContain(folder())
    expect(replies[3]).toMatchObject({ ok: true, value: { fileName: 'charter-notes.glossa', revision: 1 } })
  })
})
