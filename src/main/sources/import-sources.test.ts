import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceImportSizeLimit } from '../../shared/sources/import'
import type { Host } from '../host'
import { importSourcesFile } from './import-sources'
import { useTempFolder } from '../testing/temp-folder'

const folder = useTempFolder('glossa-sources-')

/** A host whose source dialog answers with `path`. */
const hostAnswering = (path: string | null) => ({ chooseSourcesToImport: async () => path }) as unknown as Host

describe('importing a source file in main', () => {
  it('reads the file the user picked', async () => {
    const file = join(folder(), 'refs.ris')
    await writeFile(file, 'TY  - BOOK\nAU  - Smith, Anna\nTI  - Secularism\nPY  - 2019\nER  - \n')
    const reply = await importSourcesFile(hostAnswering(file))
    expect(reply).toMatchObject({ ok: true, value: { fileName: 'refs.ris', format: 'ris', items: [{ id: 'smith2019', title: 'Secularism' }] } })
  })

  it('answers null when the user cancels the dialog', async () => {
    expect(await importSourcesFile(hostAnswering(null))).toEqual({ ok: true, value: null })
  })

  it('refuses a huge file by its size, before reading it', async () => {
    const file = join(folder(), 'huge.bib')
    await writeFile(file, '')
    await truncate(file, sourceImportSizeLimit + 1)
    expect(await importSourcesFile(hostAnswering(file))).toMatchObject({
      ok: false,
      error: { code: 'errorSourcesTooLarge', params: { size: '10.0 MB', limit: '10.0 MB' } }
    })
  })

  it('says which file is missing', async () => {
    const file = join(folder(), 'gone.bib')
    expect(await importSourcesFile(hostAnswering(file))).toEqual({ ok: false, error: { code: 'errorFileNotFound', params: { fileName: 'gone.bib' } } })
  })
})
