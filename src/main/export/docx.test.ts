import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildExportModel } from '../../shared/export/model'
import { defaultExportOptions } from '../../shared/export/options'
import { sampleProject } from '../../shared/export/sample-project'
import { buildDocx } from './docx'

const now = new Date('2026-03-02T12:00:00Z')

async function docxParts(placement: 'footnotes' | 'endnotes') {
  const project = sampleProject({ parts: 2, articles: 4, annotations: 4, language: 'kk' })
  const model = buildExportModel({ project, options: { ...defaultExportOptions, placement }, now })
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-docx-')), 'out.docx')
  writeFileSync(file, await buildDocx(model))
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' })
  return { document: part('word/document.xml'), footnotes: placement === 'footnotes' ? part('word/footnotes.xml') : '', core: part('docProps/core.xml') }
}

describe('buildDocx', () => {
  it('makes each note a real Word footnote referenced from its anchor', async () => {
    const { document, footnotes, core } = await docxParts('footnotes')
    for (let note = 1; note <= 4; note++) {
      expect(document).toContain(`<w:footnoteReference w:id="${note}"/>`)
      expect(footnotes).toMatch(new RegExp(`<w:footnote w:id="${note}">.*?Comment ${note} on`))
    }
    expect(document).toContain('әділ қоғам, ғылым, теңдік, өмір, ұлт, үкімет, һәм іс.')
    expect(core).toContain('<dc:title>Commentary on the Draft Constitution</dc:title>')
    expect(core).toContain('<dc:creator>Aigerim Sadykova, Boris Petrov</dc:creator>')
  })

  it('puts endnotes after their article instead of footnotes', async () => {
    const { document } = await docxParts('endnotes')
    expect(document).not.toContain('w:footnoteReference')
    // After the last clause of Article 1, before the first of Article 2.
    expect(document.indexOf('Comment 1 on')).toBeGreaterThan(document.indexOf('1-баптың 2-тармағы'))
    expect(document.indexOf('Comment 1 on')).toBeLessThan(document.indexOf('2-баптың 1-т'))
  })
})
