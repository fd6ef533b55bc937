import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Tag } from '../../shared/annotations/types'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { inertHost } from '../testing/inert-host'
import { useTempFolder } from '../testing/temp-folder'
import { codebookSizeLimit } from './codebook-files'

const folder = useTempFolder('glossa-codebook-')
const window1 = { windowId: 1 }
const tags: Tag[] = [
  { id: 'values', name: 'Values', color: '#f5c542', description: 'Core values', parentId: null },
  { id: 'secularism', name: 'Secularism', color: '#f5c542', description: '', parentId: 'values' }
]

describe('the codebook channels', () => {
  it('write the taxonomy where the user chose and read it back, the file named by its name only', async () => {
    const csv = join(folder(), 'mine.csv')
    const qdc = join(folder(), 'mine.qdc')
    const answers = [csv, qdc]
    const table = createHandlers({ host: inertHost({ chooseCodebookSavePath: async () => answers.shift() ?? null, chooseCodebookToImport: async () => qdc }), appDataDir: join(folder(), 'app') })
    expect(await dispatch(table, 'tags:exportCodebook', { tags, format: 'csv' }, window1)).toEqual({ ok: true, value: { fileName: 'mine.csv' } })
    expect(await readFile(csv, 'utf8')).toBe('path,colour,description\r\nValues,#f5c542,Core values\r\nValues > Secularism,#f5c542,\r\n')
    expect(await dispatch(table, 'tags:exportCodebook', { tags, format: 'qdc' }, window1)).toEqual({ ok: true, value: { fileName: 'mine.qdc' } })
    expect(await dispatch(table, 'tags:importCodebook', {}, window1)).toEqual({
      ok: true,
      value: {
        fileName: 'mine.qdc',
        entries: [
          { path: ['Values'], color: '#f5c542', description: 'Core values' },
          { path: ['Values', 'Secularism'], color: '#f5c542' }
        ],
        badColours: []
      }
    })
  })

  it('refuse a taxonomy that does not hold together, an unknown format, and an oversized file; a cancelled dialog is null', async () => {
    const big = join(folder(), 'big.csv')
    await writeFile(big, 'path\n' + 'x'.repeat(codebookSizeLimit))
    const table = createHandlers({ host: inertHost({ chooseCodebookToImport: async () => big }), appDataDir: join(folder(), 'app') })
    const cycle = [{ ...tags[0]!, parentId: 'secularism' }, tags[1]!]
    expect(await dispatch(table, 'tags:exportCodebook', { tags: cycle, format: 'csv' }, window1)).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await dispatch(table, 'tags:exportCodebook', { tags, format: 'xlsx' }, window1)).toMatchObject({ ok: false, error: { code: 'errorBadRequest' } })
    expect(await dispatch(table, 'tags:exportCodebook', { tags, format: 'csv' }, window1)).toEqual({ ok: true, value: null })
    expect(await dispatch(table, 'tags:importCodebook', {}, window1)).toMatchObject({ ok: false, error: { code: 'errorCodebookTooLarge' } })
  })
})
