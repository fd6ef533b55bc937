import { describe, expect, it } from 'vitest'
import type { Result } from '../errors'
import { casesRis, duplicatesBib, gostBib, mixedBib, zoteroCslJson } from '../fixtures/source-files'
import { normaliseCslDate } from './dates'
import { parseSources, type ParsedSources } from './import'
import { importIntoLibrary } from './library'
import { sourcesSchema } from './schema'

const read = (result: Result<ParsedSources>): ParsedSources => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code} ${result.error.detail ?? ''}`)
  return result.value
}
const byId = (parsed: ParsedSources, id: string) => parsed.items.find((item) => item.id === id)

describe('Zotero and Better BibTeX CSL-JSON', () => {
  const parsed = read(parseSources(zoteroCslJson, 'My Library.json'))

  it('reads every entry, string date-parts as numbers', () => {
    expect(parsed.refused).toEqual([])
    expect(parsed.items).toHaveLength(7)
    expect(byId(parsed, 'http://zotero.org/users/1/items/AAAA1111')?.issued).toEqual({ 'date-parts': [[2021, 5]] })
    expect(sourcesSchema.safeParse(parsed.items).success).toBe(true)
  })

  it('keeps seasons, raw and literal dates, and ranges', () => {
    expect(byId(parsed, 'seasonal')?.issued).toEqual({ 'date-parts': [[2019]], season: '1' })
    expect(byId(parsed, 'rawdate')?.issued).toEqual({ 'date-parts': [[2018, 3, 7]] })
    expect(byId(parsed, 'literaldate')?.issued).toEqual({ literal: 'n.d. (before 1995)' })
    // citeproc refuses ends of different lengths: both keep the year.
    expect(byId(parsed, 'ranged')?.issued).toEqual({ 'date-parts': [[2015], [2020]] })
  })

  it('keeps a case’s court, number, date and neutral citation, and a law’s jurisdiction, number and date', () => {
    expect(byId(parsed, 'case-kz')).toMatchObject({ authority: 'Constitutional Court', number: '12-П', references: '[2024] KZCC 3', issued: { 'date-parts': [[2024, 2, 1]] } })
    expect(byId(parsed, 'act-kz')).toMatchObject({ jurisdiction: 'kz', number: '151-I', issued: { 'date-parts': [[1997, 7, 11]] } })
  })
})

describe('CSL dates from other tools', () => {
  it('turns seasons given as months, open ranges and text into what citeproc reads', () => {
    expect(normaliseCslDate({ 'date-parts': [[2019, 22]] })).toEqual({ 'date-parts': [[2019]], season: 2 })
    expect(normaliseCslDate({ 'date-parts': [[2019], null] })).toEqual({ 'date-parts': [[2019], [0]] })
    expect(normaliseCslDate('2020/05/01/')).toEqual({ 'date-parts': [[2020, 5, 1]] })
    expect(normaliseCslDate({ raw: 'Spring 2019' })).toEqual({ raw: 'Spring 2019' })
    expect(normaliseCslDate({ 'date-parts': [['2019', '', '']] })).toEqual({ 'date-parts': [[2019]] })
    expect(normaliseCslDate({})).toBeUndefined()
    expect(normaliseCslDate(2019)).toBeNull()
  })
})

describe('BibTeX and biblatex', () => {
  const parsed = read(parseSources(mixedBib, 'mixed.bib'))

  it('refuses the one broken entry with its reason and reads the good ones around it', () => {
    expect(parsed.items.map((item) => item.id)).toEqual(['barendt2005', 'muller2019', 'smith2020', 'dataact2018'])
    expect(parsed.refused).toMatchObject([{ entry: 'broken2020', reason: { code: 'sourceRefusedSyntax', params: { format: 'BibTeX', line: 13 } } }])
  })

  it('reads non-ASCII names, `and` inside braces, "Sweet and Maxwell" as one publisher, and drops "others"', () => {
    expect(byId(parsed, 'barendt2005')).toMatchObject({
      author: [{ family: 'Barendt', given: 'Eric' }, { family: 'Barnes and Noble Ltd' }],
      publisher: 'Sweet and Maxwell',
      'publisher-place': 'London'
    })
    expect(byId(parsed, 'muller2019')?.author).toEqual([
      { family: 'Müller', given: 'Jörg' },
      { family: 'Ørsted', given: 'Søren' }
    ])
  })

  it('reads an open date range as one citeproc prints as "2019–"', () => {
    expect(byId(parsed, 'muller2019')?.issued).toEqual({ 'date-parts': [[2019], [0]] })
  })

  it('keeps a case’s court, number, reporter, date and neutral citation, and a statute’s jurisdiction and number', () => {
    const court = byId(parsed, 'smith2020')!
    expect(court).toMatchObject({ type: 'legal_case', authority: 'Supreme Court', number: 'UKSC 2018/0123', 'container-title': 'Weekly Law Reports', note: '[2020] UKSC 12', issued: { 'date-parts': [[2020, 5, 1]] } })
    expect(court['publisher']).toBeUndefined()
    expect(byId(parsed, 'dataact2018')).toMatchObject({ type: 'legislation', jurisdiction: 'United Kingdom', number: 'c. 12', issued: { 'date-parts': [[2018, 5, 23]] } })
  })

  it('reads biblatex-gost entries with their extra fields and the numero sign', () => {
    const gost = read(parseSources(gostBib, 'gost.bib'))
    expect(gost.refused).toEqual([])
    expect(byId(gost, 'ivanov2020')).toMatchObject({
      author: [{ family: 'Иванов', given: 'Иван Иванович' }, { family: 'Петров', given: 'П. П.' }],
      publisher: 'Жеті жарғы',
      'publisher-place': 'Алматы',
      'number-of-pages': '512',
      language: 'russian'
    })
    expect(byId(gost, 'ivanov2020')).toMatchObject({ titleaddon: 'учебник', edition: '2-е изд., перераб. и доп.', ISBN: '978-601-7000-00-0' })
    expect(byId(gost, 'zakon1997')).toMatchObject({
      type: 'legislation',
      number: '151-I',
      jurisdiction: 'Казахстан',
      titleaddon: 'закон Республики Казахстан от 11 июля 1997 г. № 151-I',
      accessed: { 'date-parts': [[2026, 11, 30]] }
    })
    expect(byId(gost, 'portal2026')).toMatchObject({ type: 'webpage', author: [{ family: 'Министерство юстиции' }], authortype: 'сост.' })
  })

  it('does not take an @ at the start of a wrapped field for a new entry', () => {
    const text = '@misc{handle, title = {Commentary}, note = {written by\n@someone on a forum}}\n@book{next, title = {Next}}\n'
    const result = read(parseSources(text, 'at.bib'))
    expect(result.refused).toEqual([])
    expect(result.items).toMatchObject([{ id: 'handle', note: 'written by @someone on a forum' }, { id: 'next' }])
  })

  it('keeps @string macros for the entries after a broken one', () => {
    const text = '@string{oup = "Oxford University Press"}\n@book{bad, title = {x\n@book{good, title = {Good}, publisher = oup}\n'
    const result = read(parseSources(text, 'macros.bib'))
    expect(result.items).toMatchObject([{ id: 'good', publisher: 'Oxford University Press' }])
    expect(result.refused.map((refusal) => refusal.entry)).toEqual(['bad'])
  })
})

describe('RIS', () => {
  const parsed = read(parseSources(casesRis, 'cases.ris'))

  it('keeps a case’s court, docket number, reporter and date, and a statute’s jurisdiction and number', () => {
    expect(parsed.items[0]).toMatchObject({ type: 'legal_case', title: 'Smith v Jones', authority: 'Supreme Court', number: 'UKSC 2018/0123', 'container-title': 'Weekly Law Reports', volume: '3', issued: { 'date-parts': [[2020, 5, 1]] } })
    expect(parsed.items[1]).toMatchObject({ type: 'legislation', title: 'Data Protection Act 2018', jurisdiction: 'United Kingdom', number: 'c. 12', issued: { 'date-parts': [[2018, 5, 23]] } })
  })

  it('refuses a record with nothing to cite it by, alone', () => {
    expect(parsed.items).toHaveLength(2)
    expect(parsed.refused).toMatchObject([{ entry: '#3', reason: { code: 'sourceRefusedEmpty' } }])
  })
})

describe('duplicates', () => {
  const library = importIntoLibrary([], read(parseSources(zoteroCslJson, 'My Library.json')).items).library

  it('merges by DOI, ISBN (10 against 13), URL and citation key, within the file and against the library', () => {
    const withBook = importIntoLibrary(library, read(parseSources(mixedBib, 'mixed.bib')).items).library
    const result = importIntoLibrary(withBook, read(parseSources(duplicatesBib, 'dupes.bib')).items)
    // first: the DOI of the Zotero article; barendt: the ISBN of barendt2005; portal-again: the URL of portal;
    // barendt2005: the citation key (and title) of the book already there.
    expect(result.report).toEqual({ accepted: 1, merged: 4, refused: [] })
    expect(result.added.map((item) => item.id)).toEqual(['portal'])
    // The known source keeps its id and what it had, and gains what it lacked.
    const book = result.library.find((item) => item.id === 'barendt2005')!
    expect(book).toMatchObject({ publisher: 'Sweet and Maxwell', edition: '2' })
    expect(sourcesSchema.safeParse(result.library).success).toBe(true)
  })

  it('adds nothing when the same library is imported again, in any of the three formats', () => {
    for (const [text, name] of [
      [zoteroCslJson, 'My Library.json'],
      [mixedBib, 'mixed.bib'],
      [casesRis, 'cases.ris']
    ] as const) {
      const first = importIntoLibrary([], read(parseSources(text, name)).items)
      const again = importIntoLibrary(first.library, read(parseSources(text, name)).items)
      expect(again.report.accepted).toBe(0)
      expect(again.report.merged).toBe(first.report.accepted)
      expect(again.library).toEqual(first.library)
    }
  })

  it('keeps two chapters of one book apart although they share its ISBN', () => {
    const chapters = String.raw`@incollection{a, title={Chapter One}, booktitle={Book}, isbn={9780199257812}}
@incollection{b, title={Chapter Two}, booktitle={Book}, isbn={9780199257812}}`
    expect(importIntoLibrary([], read(parseSources(chapters, 'c.bib')).items).report).toMatchObject({ accepted: 2, merged: 0 })
  })
})
