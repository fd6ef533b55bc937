import { describe, expect, it } from 'vitest'
import type { Result } from '../errors'
import { draftFromItem, itemFromDraft, parseDate } from './form'
import { detectSourceFormat, parseSources, sourceImportSizeLimit } from './import'
import { citationsOf, importIntoLibrary, removeSource, suggestSourceId } from './library'
import { sourceSchema, sourcesSchema } from './schema'
import type { CslItem } from './types'

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code} ${result.error.detail ?? ''}`)
  return result.value
}

const bibtex = String.raw`% exported by a reference manager
@string{oup = "Oxford University Press"}
@book{smith2019,
  author    = {Smith, Anna and Jones, Bob},
  title     = {Secularism and the {State}},
  publisher = oup,
  address   = {Oxford},
  year      = {2019}
}
@article{ivanova2021,
  author  = {Ivanova, Maria},
  title   = {Marriage in Post-Soviet Constitutions},
  journal = {Central Asian Law Review},
  volume  = {12}, number = {3}, pages = {101--130},
  year    = 2021
}
@online{draft2026,
  title   = {Draft constitution published},
  url     = {https://example.org/draft},
  date    = {2026-03-01},
  urldate = {2026-03-05},
  langid  = {russian}
}
@misc{konst, title = {Конституция Республики Примерстан}, author = {Иванов, Иван}, year = 2026}
`

const ris = ['TY  - JOUR', 'AU  - Ivanova, Maria', 'TI  - Marriage in constitutions', 'JO  - Central Asian Law Review', 'VL  - 12', 'SP  - 101', 'EP  - 130', 'PY  - 2021', 'ER  - ', '', 'TY  - BOOK', 'AU  - Smith, Anna', 'TI  - Secularism', 'PB  - OUP', 'PY  - 2019/05/01/', 'ER  - ', ''].join('\n')

describe('importing BibTeX', () => {
  it('reads books, articles, web pages and non-Latin entries, with string macros and BibLaTeX dates', () => {
    const parsed = value(parseSources(bibtex, 'library.bib'))
    expect(parsed.format).toBe('bibtex')
    const [book, article, web, cyrillic] = parsed.items
    expect(book).toMatchObject({
      id: 'smith2019',
      type: 'book',
      title: 'Secularism and the State',
      author: [{ family: 'Smith', given: 'Anna' }, { family: 'Jones', given: 'Bob' }],
      publisher: 'Oxford University Press',
      'publisher-place': 'Oxford',
      issued: { 'date-parts': [[2019]] }
    })
    expect(article).toMatchObject({ type: 'article-journal', 'container-title': 'Central Asian Law Review', volume: '12', issue: '3', page: '101-130' })
    expect(web).toMatchObject({ type: 'webpage', URL: 'https://example.org/draft', issued: { 'date-parts': [[2026, 3, 1]] }, accessed: { 'date-parts': [[2026, 3, 5]] } })
    expect(cyrillic).toMatchObject({ title: 'Конституция Республики Примерстан', author: [{ family: 'Иванов', given: 'Иван' }] })
    for (const item of parsed.items) expect(sourceSchema.safeParse(item).success).toBe(true)
  })

  it('refuses a broken entry alone, naming it, the line it starts on and the parser’s words', () => {
    const broken = value(parseSources('@book{x,\n  title = {Unclosed\n', 'broken.bib'))
    expect(broken.items).toEqual([])
    expect(broken.refused).toMatchObject([{ entry: 'x', reason: { code: 'sourceRefusedSyntax', params: { format: 'BibTeX', line: 1 } } }])
    expect(broken.refused[0]!.reason.detail).toMatch(/^expected "\w+", got EOF$/)
    // One broken entry among good ones: the good ones are read.
    const mixed = value(parseSources(`${bibtex}\n@book{bad, title={oops`, 'mixed.bib'))
    expect(mixed.items.map((item) => item.id)).toEqual(['smith2019', 'ivanova2021', 'draft2026', 'konst'])
    expect(mixed.refused.map((refusal) => refusal.entry)).toEqual(['bad'])
  })

  it('refuses an empty file, a file with no entries, and a huge file, each with its own message', () => {
    expect(parseSources('   \n', 'empty.bib')).toMatchObject({ ok: false, error: { code: 'errorSourcesEmpty' } })
    expect(parseSources('just some notes, no entries', 'notes.bib')).toMatchObject({ ok: false, error: { code: 'errorSourcesEmpty' } })
    const huge = '%'.repeat(sourceImportSizeLimit + 1)
    expect(parseSources(huge, 'huge.bib')).toMatchObject({ ok: false, error: { code: 'errorSourcesTooLarge', params: { limit: '10.0 MB' } } })
  })

  it('never fetches: a URL or DOI as the whole file is not an entry', () => {
    expect(parseSources('https://example.org/refs.bib', 'refs.bib')).toMatchObject({ ok: false, error: { code: 'errorSourcesEmpty' } })
    expect(parseSources('10.1000/xyz123', 'x.txt')).toMatchObject({ ok: false, error: { code: 'errorSourcesUnrecognised', params: { fileName: 'x.txt' } } })
  })
})

describe('importing RIS', () => {
  it('reads entries, gives them ids from author and year, and tidies RIS dates', () => {
    const parsed = value(parseSources(ris, 'export.ris'))
    expect(parsed.format).toBe('ris')
    expect(parsed.items.map((item) => item.id)).toEqual(['ivanova2021', 'smith2019'])
    expect(parsed.items[0]).toMatchObject({ type: 'article-journal', title: 'Marriage in constitutions', page: '101-130', issued: { 'date-parts': [[2021]] } })
    expect(parsed.items[1]).toMatchObject({ type: 'book', publisher: 'OUP', issued: { 'date-parts': [[2019, 5, 1]] } })
  })

  it('finds no entries in text that is not RIS', () => {
    expect(parseSources('hello\nworld\n', 'notes.ris')).toMatchObject({ ok: false, error: { code: 'errorSourcesEmpty' } })
  })
})

describe('importing CSL-JSON', () => {
  it('reads a list (or a single item) and keeps extra CSL fields', () => {
    const list = [{ id: 'a', type: 'legal_case', title: 'Case A', authority: 'Constitutional Court', issued: { 'date-parts': [[2024, 2, 1]] } }]
    expect(value(parseSources(JSON.stringify(list), 'zotero.json')).items).toEqual(list)
    expect(value(parseSources(JSON.stringify(list[0]), 'one.json')).items).toHaveLength(1)
  })

  it('refuses invalid JSON and entries whose fields have the wrong shape, naming the entry', () => {
    expect(parseSources('[{"id": "a",', 'cut.json')).toMatchObject({ ok: false, error: { code: 'errorSourcesBroken', params: { format: 'CSL-JSON' } } })
    const wrong = JSON.stringify([{ id: 'a', type: 'book', title: 'Fine' }, { id: 'b', type: 'book', title: { evil: true } }])
    const read = value(parseSources(wrong, 'wrong.json'))
    expect(read.items.map((item) => item.id)).toEqual(['a'])
    expect(read.refused).toMatchObject([{ entry: 'b', reason: { code: 'sourceRefusedField', params: { field: 'title' } } }])
    expect(value(parseSources('[1, {"id": "c", "type": "book", "title": "T"}]', 'numbers.json')).refused).toMatchObject([{ entry: '#1', reason: { code: 'sourceRefusedNotEntry' } }])
  })

  it('drops extra fields of shapes CSL-JSON never uses, so citeproc never meets them', () => {
    const item = value(parseSources(JSON.stringify([{ id: 'a', type: 'book', title: 'T', weird: { nested: { deep: 1 } }, note: 'kept' }]), 'x.json')).items[0]!
    expect(item).toEqual({ id: 'a', type: 'book', title: 'T', note: 'kept' })
  })
})

describe('recognising a source file', () => {
  it('goes by extension, then by how the text begins', () => {
    expect(detectSourceFormat('a.BIB', '')).toBe('bibtex')
    expect(detectSourceFormat('a.ris', '')).toBe('ris')
    expect(detectSourceFormat('a.json', '')).toBe('csl-json')
    expect(detectSourceFormat('clipboard.txt', '\n@article{x, title={T}}')).toBe('bibtex')
    expect(detectSourceFormat('clipboard.txt', 'TY  - BOOK\nER  - ')).toBe('ris')
    expect(detectSourceFormat('clipboard.txt', ' [ {"id": "x"} ]')).toBe('csl-json')
    expect(detectSourceFormat('clipboard.txt', 'plain words')).toBeNull()
  })
})

describe('the library', () => {
  const existing: CslItem[] = [{ id: 'smith2019', type: 'book', title: 'Secularism and the State', issued: { 'date-parts': [[2019]] } }]

  it('adds imported sources, renaming clashing ids and merging sources already there', () => {
    const incoming: CslItem[] = [
      { id: 'smith2019', type: 'book', title: 'Secularism and the State', issued: { 'date-parts': [[2019]] } },
      { id: 'smith2019', type: 'article-journal', title: 'Another Smith' },
      { id: 'new', type: 'webpage', title: 'New' }
    ]
    const result = importIntoLibrary(existing, incoming)
    expect(result.report).toEqual({ accepted: 2, merged: 1, refused: [] })
    expect(result.added.map((item) => item.id)).toEqual(['smith2019-2', 'new'])
    expect(sourcesSchema.safeParse(result.library).success).toBe(true)
  })

  it('suggests readable ids', () => {
    expect(suggestSourceId({ author: [{ family: 'Müller-Lüdenscheidt' }], issued: { 'date-parts': [[2020]] } })).toBe('mullerludenscheidt2020')
    expect(suggestSourceId({ title: 'Конституция 2026' })).toBe('конституция')
    expect(suggestSourceId({})).toBe('source')
  })

  it('finds every annotation that cites a source, and keeps a cited source from being removed', () => {
    const annotations = [
      { id: 'n1', citations: [{ sourceId: 'smith2019', locator: { label: 'page' as const, value: '4' } }, { sourceId: 'other' }] },
      { id: 'n2', citations: [] },
      { id: 'n3', citations: [{ sourceId: 'smith2019', quote: 'the state is secular' }] }
    ]
    const citing = citationsOf(annotations, 'smith2019')
    expect(citing.map((entry) => entry.annotation.id)).toEqual(['n1', 'n3'])
    expect(citing[0]!.citations).toEqual([{ sourceId: 'smith2019', locator: { label: 'page', value: '4' } }])
    expect(removeSource(existing, annotations, 'smith2019')).toMatchObject({ ok: false, error: { code: 'errorSourceCited' } })
    expect(value(removeSource(existing, [], 'smith2019'))).toEqual([])
  })
})

describe('the source form', () => {
  it('round-trips an item through the form and keeps fields the form does not show', () => {
    const item: CslItem = {
      id: 'x',
      type: 'article-journal',
      title: 'T',
      author: [{ family: 'Smith', given: 'Anna' }, { literal: 'World Bank' }],
      'container-title': 'J',
      volume: '3',
      issued: { 'date-parts': [[2021, 4, 9]] },
      DOI: '10.1/x'
    }
    const draft = draftFromItem(item)
    expect(draft.authors).toBe('Smith, Anna\nWorld Bank')
    expect(draft.issued).toBe('2021-04-09')
    expect(value(itemFromDraft(draft, item, 'x'))).toEqual(item)
  })

  it('refuses a missing title, a date that is not one, and a link that is not http(s)', () => {
    const draft = { ...draftFromItem(null), title: 'T' }
    expect(itemFromDraft({ ...draft, title: '  ' }, null, 'x')).toMatchObject({ ok: false, error: { code: 'errorSourceTitleMissing' } })
    expect(itemFromDraft({ ...draft, issued: '5 March' }, null, 'x')).toMatchObject({ ok: false, error: { code: 'errorSourceDateInvalid', params: { value: '5 March' } } })
    expect(itemFromDraft({ ...draft, accessed: '2026-13-01' }, null, 'x')).toMatchObject({ ok: false, error: { code: 'errorSourceDateInvalid' } })
    expect(itemFromDraft({ ...draft, url: 'javascript:alert(1)' }, null, 'x')).toMatchObject({ ok: false, error: { code: 'errorSourceUrlInvalid' } })
    expect(parseDate('2026-03')).toEqual({ 'date-parts': [[2026, 3]] })
  })
})
