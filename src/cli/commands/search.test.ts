import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importPlainText } from '../../shared/import/plain-text'
import { createProject } from '../../shared/project/create'
import { writeProject } from '../../main/store/project-store'
import type { CliIo } from '../command'
import { runCli } from '../glossa'

const text = 'Закон о семье\n\nРаздел I\nСтатья 1\nБрак заключается добровольно.\nСтатья 2\nДети равны.\nСтатья 3\nРасторжение брака и браков допускается.'

async function glossa(...args: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const io: CliIo = { out: (line) => stdout.push(line), err: (line) => stderr.push(line) }
  const code = await runCli(args, io)
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

describe('glossa search', () => {
  let folder = ''
  let project = ''
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'glossa-search-'))
    project = join(folder, 'family.glossa')
    const imported = importPlainText(text)
    if (!imported.ok) throw new Error(imported.error.code)
    await writeProject(project, createProject({ title: 'Закон о семье', document: { name: 'Закон', language: 'ru', source: { fileName: 'law.txt', format: 'text' }, content: imported.doc } }))
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('prints one hit per matching article in text order, found by word form', async () => {
    const result = await glossa('search', project, 'браком', '--json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      hits: [
        { eId: 'art_1', label: 'Статья 1', count: 1, snippet: 'Брак заключается добровольно.' },
        { eId: 'art_3', label: 'Статья 3', count: 2, snippet: 'Расторжение брака и браков допускается.' }
      ]
    })
  })

  it('refuses a missing project and a missing query with a message', async () => {
    const missing = await glossa('search', join(folder, 'none.glossa'), 'брак')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('could not be found')
    const usage = await glossa('search', project)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Missing QUERY')
  })

  it('prints a readable list without --json', async () => {
    const result = await glossa('search', project, '"Дети равны"')
    expect(result.stdout).toBe('Статья 2 (1): Дети равны.')
  })
})
