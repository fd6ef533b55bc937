import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { aknSchemaErrors } from '../../main/exchange/akn-file-validation'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'
import { sampleDocument } from '../export/sample-project'
import { generateLegalText, type GeneratedLanguage } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { createWelcomeProject } from '../project/welcome'
import { exportAkomaNtoso } from './export'
import { importAkomaNtoso } from './import'

/**
 * Every document Glossa can open exports as Akoma Ntoso that the OASIS schema accepts (xmllint, with the
 * schema in ../shared/standards beside the repository), and reads back as the same document.
 */

const fixtureFolder = join(__dirname, 'fixtures')
const date = '2026-12-03T10:00:00Z'

function imported(xml: string): { doc: DocJSON; language: string } {
  const outcome = importAkomaNtoso(xml)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return { doc: outcome.doc, language: outcome.report.language }
}

function fromText(text: string): { doc: DocJSON; language: string } {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return { doc: outcome.doc, language: outcome.report.language }
}

/** A document as another tool (or an older Glossa) may leave it: empty, repeated and spaced eIds. */
const badIds: DocJSON = {
  type: 'doc',
  content: [
    { type: 'title', content: [{ type: 'text', text: 'Imported elsewhere' }] },
    {
      type: 'part',
      attrs: { eId: '', num: '1', label: 'Part 1' },
      content: [
        { type: 'article', attrs: { eId: '', num: '1', label: 'Article 1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One.' }] }] },
        { type: 'article', attrs: { eId: 'art 2', num: '2', label: 'Article 2' }, content: [{ type: 'clause', attrs: { eId: '', num: '', label: '' }, content: [{ type: 'paragraph' }] }] },
        { type: 'article', attrs: { eId: 'art_1', num: '3', label: 'Article 3' }, content: [] }
      ]
    },
    { type: 'article', attrs: { eId: 'art_1', num: '', label: '' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Same id again.' }] }] }
  ]
}

/** A work dated by its year only. */
const yearOnly: DocJSON = { type: 'doc', attrs: { akn: { type: 'act', country: 'tz', number: '1', date: '1977' } }, content: [{ type: 'article', attrs: { eId: 'sec_1', num: '1', label: '1.' }, content: [] }] }

const generatedArticle = fc.record({
  text: fc.stringMatching(/^[A-Za-z][a-z]{1,8}(?: [a-z&<>"]{1,8}){0,5}\.$/),
  clauses: fc.array(fc.array(fc.stringMatching(/^[a-z]{2,8}(?: [a-z]{1,8}){0,3};$/), { maxLength: 3 }), { maxLength: 3 })
})

function generatedDocument(articles: { text: string; clauses: string[][] }[]): DocJSON {
  return fromText(
    ['Generated act', ...articles.flatMap((article, index) => [`Article ${index + 1}`, article.text, ...article.clauses.flatMap((points, clause) => [`${clause + 1}. Clause text.`, ...points.map((point, sub) => `${sub + 1}) ${point}`)])])].join('\n')
  ).doc
}

const documents: { name: string; doc: DocJSON; language: string }[] = [
  ...readdirSync(fixtureFolder).map((name) => ({ name, ...imported(readFileSync(join(fixtureFolder, name), 'utf8')) })),
  ...(['en', 'ru', 'kk'] as GeneratedLanguage[]).map((language) => ({ name: `constitution ${language}`, ...fromText(generateLegalText({ language, parts: 11, articles: 95, chaptersPerPart: 1 })) })),
  ...(['en', 'ru', 'kk'] as const).map((locale) => ({ name: `welcome ${locale}`, doc: createWelcomeProject(new Date(date), locale).document!.content, language: locale })),
  { name: 'sample document', doc: sampleDocument({ parts: 3, articles: 12, language: 'kk' }), language: 'kk' },
  { name: 'ids from elsewhere', doc: badIds, language: 'en' },
  { name: 'year-only date', doc: yearOnly, language: 'sw' },
  { name: 'no text', doc: { type: 'doc', content: [] }, language: 'en' },
  {
    name: 'characters XML forbids, and a date no calendar has',
    doc: {
      type: 'doc',
      attrs: { akn: { type: 'act', date: '2024-02-30', number: 'No.\u0007 5', country: 'k z' } },
      content: [{ type: 'article', attrs: { eId: 'art_1', num: '1', label: 'Article\t1\n' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Form\u000cfeed, NUL\u0000 and a lone \ud800 surrogate.' }] }] }]
    },
    language: 'en'
  },
  ...fc.sample(fc.array(generatedArticle, { minLength: 1, maxLength: 6 }), { numRuns: 25, seed: 13 }).map((articles, index) => ({ name: `generated ${index}`, doc: generatedDocument(articles), language: 'en' }))
]

const exported = documents.map((entry) => ({ ...entry, xml: exportAkomaNtoso(entry.doc, { language: entry.language, date }) }))
let errors: string[][] = []
beforeAll(async () => {
  errors = await aknSchemaErrors(exported.map((entry) => entry.xml))
}, 60_000)

/** The document without what an import reads about it (FRBR metadata, the id map). */
const withoutMetadata = (doc: DocJSON) => ({ ...doc, attrs: undefined })

describe('Akoma Ntoso export', () => {
  it('opens every document it is given (all fit the schema)', () => {
    for (const entry of documents) expect(() => legalSchema.nodeFromJSON(entry.doc).check(), entry.name).not.toThrow()
  })

  exported.forEach((entry, index) => {
    it(`${entry.name}: valid against the OASIS schema, no empty or repeated eId`, () => {
      expect(errors[index]).toEqual([])
      expect(entry.xml).not.toMatch(/eId=""/)
      const eIds = [...entry.xml.matchAll(/ eId="([^"]*)"/g)].map((match) => match[1])
      expect(new Set(eIds).size).toBe(eIds.length)
    })
  })

  it('reads its own exports back as the same documents', () => {
    const unequal = new Set(['ids from elsewhere', 'no text', 'characters XML forbids, and a date no calendar has'])
    for (const entry of exported.filter((each) => !unequal.has(each.name))) {
      const back = importAkomaNtoso(entry.xml)
      if (!back.ok) throw new Error(`${entry.name}: ${back.error.code}`)
      expect(withoutMetadata(back.doc), entry.name).toEqual(withoutMetadata(entry.doc))
    }
  })

  it('gives units without a usable eId one made the AKN way, unique in the file', () => {
    const xml = exported.find((entry) => entry.name === 'ids from elsewhere')!.xml
    expect(xml).toMatch(/<part eId="part_1" glossa:num="1">/)
    expect(xml).toMatch(/<article eId="art_1" glossa:num="1">/)
    expect(xml).toMatch(/<article eId="art_2" glossa:num="2">\s*<num>Article 2<\/num>\s*<paragraph eId="art_2__para_1"/)
    expect(xml).toMatch(/<article eId="art_3" glossa:num="3">/)
  })

  it('writes FRBR URIs with country, type, date, number and language, and aliases, from what the import read', () => {
    const xml = exported.find((entry) => entry.name === 'sections-act.xml')!.xml
    expect(xml).toContain('<FRBRthis value="/akn/zz/act/2024-05-01/17"/>')
    expect(xml).toContain('<FRBRthis value="/akn/zz/act/2024-05-01/17/eng@2024-05-01"/>')
    expect(xml).toContain('<FRBRthis value="/akn/zz/act/2024-05-01/17/eng@2024-05-01/!main.xml"/>')
    expect(xml).toContain('<FRBRalias value="Harbour Works Act" name="short title"/>')
    expect(xml).toContain('<FRBRalias value="Harbour Works Act 2024" name="title"/>')
    expect(xml).toContain('<FRBRcountry value="zz"/>')
    expect(xml).toContain('<FRBRnumber value="17"/>')
    const bill = exported.find((entry) => entry.name === 'leos.xml')!.xml
    expect(bill).toMatch(/<bill name="regulation">/)
    expect(bill).toContain('<FRBRthis value="/akn/eu/bill/2025-04-02/2025-0101"/>')
  })

  it('says what nobody said with stated defaults, and lets the exporter name country and number', () => {
    const { doc, language } = documents.find((entry) => entry.name === 'constitution kk')!
    const plain = exportAkomaNtoso(doc, { language, date })
    expect(plain).toContain('<FRBRthis value="/akn/xx/act/2026-12-03/')
    expect(plain).toContain('<FRBRlanguage language="kaz"/>')
    expect(plain).toMatch(/<FRBRalias value="[^"]+" name="title"\/>/)
    const named = exportAkomaNtoso(doc, { language, date, country: 'KZ', number: '2026/1' })
    expect(named).toContain('<FRBRthis value="/akn/kz/act/2026-12-03/2026-1/kaz@2026-12-03"/>')
  })

  it('keeps a year-only work date (as Laws.Africa writes it) in the URIs, with a calendar day in FRBRdate', () => {
    const xml = exported.find((entry) => entry.name === 'year-only date')!.xml
    expect(xml).toContain('<FRBRthis value="/akn/tz/act/1977/1"/>')
    expect(xml).toContain('<FRBRthis value="/akn/tz/act/1977/1/swa@1977"/>')
    expect(xml).toContain('<FRBRdate date="2026-12-03" name="generation"/>')
    const year = importAkomaNtoso(xml.replace(/<FRBRdate date="2026-12-03"/, '<FRBRdate date="1977"'))
    expect(year.ok && year.report.akn?.metadata.date).toBe('1977')
  })

  it('replaces characters XML forbids and falls back from a date no calendar has', () => {
    const xml = exported.find((entry) => entry.name.startsWith('characters XML forbids'))!.xml
    expect(xml).toContain('<p>Form\ufffdfeed, NUL\ufffd and a lone \ufffd surrogate.</p>')
    expect(xml).toContain('<FRBRthis value="/akn/xx/act/2026-12-03/no-5"/>')
    const back = importAkomaNtoso(xml)
    expect(back.ok && back.doc.content?.[0]?.attrs?.['label']).toBe('Article 1')
  })

  it('writes footnotes as authorial notes where they stand', () => {
    const xml = exported.find((entry) => entry.name === 'authorial-note.xml')!.xml
    expect(xml).toContain('<p>Fishing requires a licence<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>See the Licensing Regulations.</p></authorialNote> issued by the ministry<authorialNote marker="2"')
  })
})
