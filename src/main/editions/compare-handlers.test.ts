import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tableFixture } from '../../shared/export/comparative-table/testing'
import { editionText } from '../../shared/fixtures/generate-editions'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { inertHost } from '../testing/inert-host'
import { useTempFolder } from '../testing/temp-folder'

const folder = useTempFolder('glossa-compare-handlers-')

function setUp() {
  const imports: (string | null)[] = []
  const exports: (string | null)[] = []
  const host = inertHost({ chooseTextToImport: async () => imports.shift() ?? null, chooseExportPath: async () => exports.shift() ?? null })
  const handlers = createHandlers({ host, appDataDir: join(folder(), 'app-data') })
  const call = (channel: string, payload: unknown, windowId = 1) => dispatch(handlers, channel, payload, { windowId })
  return { imports, exports, call }
}

describe('compare handlers', () => {
  const fixture = tableFixture('kk', { articles: 24 })
  const request = { project: fixture.project, format: 'docx', language: null, filters: ['changed', 'inserted', 'deleted'] }

  it('imports the other edition chosen in main’s dialog and builds the table from it, never from a document the renderer sends', async () => {
    const { imports, exports, call } = setUp()
    const revised = join(folder(), 'final-draft.txt')
    writeFileSync(revised, editionText(fixture.pair.revised))
    imports.push(revised)
    const opened = await call('editions:openOther', {})
    expect(opened).toEqual({ ok: true, value: { fileName: 'final-draft.txt', doc: fixture.newDoc, language: 'kk' } })
    exports.push(join(folder(), 'table'))
    expect(await call('export:comparativeTable', request)).toEqual({ ok: true, value: { fileName: 'table.docx' } })
    const xml = execFileSync('unzip', ['-p', join(folder(), 'table.docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(xml).toContain('Салыстырмалы кесте')
    expect(xml).toContain('final-draft.txt')
    for (const note of fixture.commented) expect(xml).toContain(note.commentary)
    // Another window has compared nothing yet.
    expect(await call('export:comparativeTable', request, 2)).toMatchObject({ ok: false, error: { code: 'errorCompareNoOther' } })
  })

  it('refuses a file that is not a law, a cancelled dialog is no answer, and the request is validated', async () => {
    const { imports, call } = setUp()
    expect(await call('editions:openOther', {})).toEqual({ ok: true, value: null })
    const empty = join(folder(), 'empty.txt')
    writeFileSync(empty, '')
    imports.push(empty)
    expect(await call('editions:openOther', {})).toMatchObject({ ok: false })
    expect(await call('export:comparativeTable', { ...request, format: 'html' })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await call('export:comparativeTable', { ...request, filters: ['unchanged'] })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
  })
})
