import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Annotation, Citation } from '../../shared/annotations/types'
import { buildExportModel } from '../../shared/export/model'
import { defaultExportOptions, type ExportOptions } from '../../shared/export/options'
import { sampleProject } from '../../shared/export/sample-project'
import type { ProjectFile } from '../../shared/project/schema'
import { buildDocx } from './docx'
import { publicationModel } from './publication'

const now = new Date('2026-03-02T12:00:00Z')

async function docxFile(bytes: Uint8Array) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-docx-')), 'out.docx')
  writeFileSync(file, bytes)
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n')
  return { part, names }
}

async function docxParts(placement: 'footnotes' | 'endnotes') {
  const project = sampleProject({ parts: 2, articles: 4, annotations: 4, language: 'kk' })
  const model = buildExportModel({ project, options: { ...defaultExportOptions, placement }, now })
  const { part } = await docxFile(await buildDocx(model, null))
  return { document: part('word/document.xml'), footnotes: placement === 'footnotes' ? part('word/footnotes.xml') : '', core: part('docProps/core.xml') }
}

/** The runs Glossa writes (those with text), and those of them without a language. */
function textRunsWithoutLanguage(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:t[ >](?:(?!<\/w:r>).)*<\/w:r>/gs)].map((match) => match[0]).filter((run) => !run.includes('<w:lang '))
}

/** A project whose notes cite, in reading order, the given citations (one note each). */
function citing(citations: Citation[][], changes: Partial<ProjectFile['meta']> = {}, language: 'en' | 'kk' | 'ru' = 'en'): ProjectFile {
  const project = sampleProject({ parts: 1, articles: citations.length, annotations: citations.length, language })
  project.annotations.forEach((annotation, index) => ((annotation as unknown as Annotation).citations = citations[index]!))
  project.meta = { ...project.meta, ...changes }
  return project
}
const book = (page: string): Citation => ({ sourceId: 'src-book', locator: { label: 'page', value: page } })
const footnote = (footnotes: string, id: number) => new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`, 's').exec(footnotes)?.[1] ?? ''
const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')

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

  it('gives every run its language: the text’s and the publication’s, kk-KZ, ru-RU or en-GB', async () => {
    for (const [language, tag] of [['kk', 'kk-KZ'], ['ru', 'ru-RU'], ['en', 'en-GB']] as const) {
      const { part } = await docxFile(await buildDocx(buildExportModel({ project: sampleProject({ parts: 2, articles: 3, annotations: 3, language }), options: defaultExportOptions, now }), null))
      for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/header1.xml', 'word/footer1.xml']) {
        const xml = part(name)
        // The contents field's placeholder entries are docx's; Word rewrites them when it updates the field.
        const body = name === 'word/document.xml' ? xml.replace(/<w:sdt>.*?<\/w:sdt>/s, '') : xml
        expect(textRunsWithoutLanguage(body), `${language} ${name}`).toEqual([])
        expect(xml).toContain(`<w:lang w:val="${tag}"/>`)
      }
      // Runs docx makes itself (footnote references) take the language from the document defaults.
      expect(part('word/styles.xml')).toMatch(new RegExp(`<w:docDefaults>.*<w:lang w:val="${tag}"/>.*</w:docDefaults>`, 's'))
    }
  })

  it('embeds PT Serif in all four faces', async () => {
    const { part, names } = await docxFile(await buildDocx(buildExportModel({ project: sampleProject({ parts: 1, articles: 1, annotations: 0 }), options: defaultExportOptions, now })))
    expect(names.filter((name) => name.startsWith('word/fonts/') && name.endsWith('.odttf'))).toHaveLength(4)
    expect(part('word/settings.xml')).toContain('<w:embedTrueTypeFonts/>')
    const fontTable = part('word/fontTable.xml')
    expect(fontTable).toContain('w:name="PT Serif"')
    for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']) expect(fontTable).toContain(`<w:${face} `)
  })

  it('numbers Word footnotes with the same citation sequence: short later, ibid for a repeat, italics kept', async () => {
    const model = await publicationModel(citing([[book('12')], [{ sourceId: 'src-article' }], [book('30')], [book('30')]]), defaultExportOptions, now)
    const { part } = await docxFile(await buildDocx(model, null))
    const footnotes = part('word/footnotes.xml')
    expect(text(footnote(footnotes, 1))).toContain('Dana Omarova, Constitutional Design in Central Asia (Steppe Press 2021) 12.')
    expect(footnote(footnotes, 1)).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Constitutional Design in Central Asia/s)
    expect(text(footnote(footnotes, 3))).toContain('Omarova (n 1) 30.')
    expect(text(footnote(footnotes, 4))).toContain('ibid.')
  })

  it('links a note’s article references to the article’s bookmark, with its page', async () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 1 })
    ;(project.annotations[0] as unknown as Annotation).links = ['art_3']
    const { part } = await docxFile(await buildDocx(buildExportModel({ project, options: defaultExportOptions, now }), null))
    expect(part('word/document.xml')).toMatch(/<w:bookmarkStart w:name="u_art_3" w:id="\d+"\/>/)
    const footnotes = part('word/footnotes.xml')
    expect(footnotes).toMatch(/<w:hyperlink [^>]*w:anchor="u_art_3"[^>]*>.*?Article 3/s)
    expect(footnotes).toContain('PAGEREF u_art_3')
  })

  it('writes a Kazakh GOST publication with «Сонда» repeats and Kazakh labels', async () => {
    const options: ExportOptions = { ...defaultExportOptions, citationStyle: 'gost-r-7-0-5-2008' }
    const model = await publicationModel(citing([[book('12')], [book('12')]], {}, 'kk'), options, now)
    const { part } = await docxFile(await buildDocx(model, null))
    expect(text(footnote(part('word/footnotes.xml'), 2))).toContain('Сонда.')
    expect(text(part('word/document.xml'))).toContain('Мазмұны')
  })
})
