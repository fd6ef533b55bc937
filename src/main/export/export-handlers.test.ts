import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import type { HandlerTable } from '../handlers'
import { defaultExportOptions } from '../../shared/export/options'
import { sampleProject } from '../../shared/export/sample-project'
import { createProject } from '../../shared/project/create'
import { createExportHandlers } from './export-handlers'
import type { PdfPrinter } from './printer'
import { inertHost } from '../testing/inert-host'

/** A printer that holds the export until the test lets it finish or cancels it. */
function heldPrinter() {
  let release: () => void = () => undefined
  let started: () => void = () => undefined
  const running = new Promise<void>((resolve) => (started = resolve))
  const printer: PdfPrinter = (_html, signal) =>
    new Promise((resolve, reject) => {
      started()
      release = () => resolve(new TextEncoder().encode('%PDF-1.4\ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'))
      signal.addEventListener('abort', () => reject(signal.reason))
    })
  return { printer, running, release: () => release() }
}

function setUp() {
  const folder = mkdtempSync(join(tmpdir(), 'glossa-export-'))
  const held = heldPrinter()
  const stages: string[] = []
  const answers: (string | null)[] = []
  const host = inertHost({
    chooseExportPath: async () => answers.shift() ?? null,
    printPdf: held.printer,
    notify: (_windowId, _event, payload) => stages.push((payload as { stage: string }).stage)
  })
  const table = createExportHandlers(host, () => new Date('2026-03-02T12:00:00Z')) as HandlerTable
  const call = (channel: string, payload: unknown, windowId = 1) => dispatch(table, channel, payload, { windowId })
  return { folder, held, stages, answers, call }
}

const options = defaultExportOptions

describe('export handlers', () => {
  it('writes the PDF where the user chose, reporting each stage', async () => {
    const { folder, held, stages, answers, call } = setUp()
    answers.push(join(folder, 'out'))
    const reply = call('export:pdf', { project: sampleProject({ parts: 1, articles: 2, annotations: 1 }), options })
    await held.running
    held.release()
    expect(await reply).toEqual({ ok: true, value: { fileName: 'out.pdf' } })
    expect(readFileSync(join(folder, 'out.pdf'), 'latin1')).toMatch(/\/Title <FEFF/)
    expect(stages).toEqual(['preparing', 'layout', 'writing'])
  })

  it('runs one export per window and cancels it without writing', async () => {
    const { folder, held, answers, call } = setUp()
    answers.push(join(folder, 'cancelled.pdf'))
    const project = sampleProject({ parts: 1, articles: 2, annotations: 1 })
    const first = call('export:pdf', { project, options })
    await held.running
    expect(await call('export:pdf', { project, options })).toMatchObject({ ok: false, error: { code: 'errorExportBusy' } })
    expect(await call('export:cancel', {})).toEqual({ ok: true, value: null })
    expect(await first).toEqual({ ok: true, value: null })
    expect(existsSync(join(folder, 'cancelled.pdf'))).toBe(false)
  })

  it('refuses projects without a text, unknown scopes and malformed requests', async () => {
    const { call } = setUp()
    expect(await call('export:pdf', { project: createProject({ title: 'Empty' }), options })).toMatchObject({ ok: false, error: { code: 'errorExportNoDocument' } })
    const project = sampleProject({ parts: 1, articles: 2, annotations: 0 })
    expect(await call('export:docx', { project, options: { ...options, scope: { kind: 'articles', eIds: ['art_99'] } } })).toMatchObject({ ok: false, error: { code: 'errorExportEmptyScope' } })
    expect(await call('export:pdf', { project: { format: 'something else' }, options })).toMatchObject({ ok: false, error: { code: 'errorProjectNotGlossa' } })
    expect(await call('export:pdf', { project, options: { ...options, page: { ...options.page, marginMm: 500 } } })).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
  })

  it('does nothing when the user cancels the save dialog', async () => {
    const { call } = setUp()
    expect(await call('export:docx', { project: sampleProject({ parts: 1, articles: 1, annotations: 0 }), options })).toEqual({ ok: true, value: null })
  })
})
