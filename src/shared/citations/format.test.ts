import { beforeAll, describe, expect, it } from 'vitest'
import { loadCslFiles, type CslFiles } from '../../main/sources/csl-files'
import type { CslItem } from '../sources/types'
import { createCitationFormatter, type CitationFormatter } from './format'

const book: CslItem = {
  id: 'smith2019',
  type: 'book',
  title: 'Secularism and the State',
  author: [{ family: 'Smith', given: 'Anna' }],
  publisher: 'Oxford University Press',
  'publisher-place': 'Oxford',
  issued: { 'date-parts': [[2019]] }
}
const article: CslItem = {
  id: 'ivanova2021',
  type: 'article-journal',
  title: 'Marriage in Post-Soviet Constitutions',
  author: [{ family: 'Ivanova', given: 'Maria' }],
  'container-title': 'Central Asian Law Review',
  volume: '12',
  issue: '3',
  page: '101-130',
  issued: { 'date-parts': [[2021]] }
}
const act: CslItem = { id: 'constitution', type: 'legislation', title: 'Constitution of the Republic of Examplestan', issued: { 'date-parts': [[2026]] } }
const webpage: CslItem = {
  id: 'news',
  type: 'webpage',
  title: 'Draft constitution published',
  'container-title': 'Example News',
  URL: 'https://example.org/draft',
  issued: { 'date-parts': [[2026, 3, 1]] },
  accessed: { 'date-parts': [[2026, 3, 5]] }
}
const items = [book, article, act, webpage]
const page45 = { label: 'page', value: '45' } as const

let oscola: CslFiles
let chicago: CslFiles
beforeAll(async () => {
  oscola = await loadCslFiles('oscola', process.cwd())
  chicago = await loadCslFiles('chicago-note-bibliography', process.cwd())
})

describe('OSCOLA', () => {
  const formatter = () => createCitationFormatter({ ...oscola, items })

  it('puts the pinpoint after the publication details, with no "p." for pages', () => {
    const note = formatter().noteText([{ sourceId: book.id, locator: page45 }])
    expect(note).toBe('Anna Smith, Secularism and the State (Oxford University Press 2019) 45.')
    expect(note).not.toMatch(/p\.\s*45/)
  })

  it('italicises book titles and quotes article titles in single quotes', () => {
    const f = formatter()
    expect(f.note([{ sourceId: book.id }])).toContain('<i>Secularism and the State</i>')
    expect(f.noteText([{ sourceId: article.id, locator: page45 }])).toBe(
      'Maria Ivanova, ‘Marriage in Post-Soviet Constitutions’ (2021) 12 Central Asian Law Review 101, 45.'
    )
  })

  it('cites an article of a legal act as "art", a clause as "cl" and a paragraph as "para"', () => {
    const f = formatter()
    expect(f.noteText([{ sourceId: act.id, locator: { label: 'article', value: '19' } }])).toMatch(/Examplestan 2026,? art 19\.$/)
    expect(f.noteText([{ sourceId: act.id, locator: { label: 'clause', value: '3' } }])).toMatch(/ cl\.? 3\.$/)
    expect(f.noteText([{ sourceId: book.id, locator: { label: 'paragraph', value: '12' } }])).toMatch(/2019\) para 12\.$/)
  })

  it('writes British dates and angle-bracketed URLs with the access date', () => {
    expect(formatter().noteText([{ sourceId: webpage.id }])).toBe(
      '‘Draft Constitution Published’ (Example News, 1 March 2026) <https://example.org/draft> accessed 5 March 2026.'
    )
  })

  it('lists the bibliography with surname first and initials, secondary sources before legislation', () => {
    const entries = formatter().bibliographyText([act.id, book.id, article.id])
    expect(entries).toEqual([
      'Ivanova M, ‘Marriage in Post-Soviet Constitutions’ (2021) 12 Central Asian Law Review 101',
      'Smith A, Secularism and the State (Oxford University Press 2019)',
      'Constitution of the Republic of Examplestan 2026'
    ])
  })

  it('prints the year of an act once when its title already carries it', () => {
    const statute: CslItem = { id: 'hra', type: 'legislation', title: 'Human Rights Act 1998', issued: { 'date-parts': [[1998]] } }
    const f = createCitationFormatter({ ...oscola, items: [statute, act] })
    expect(f.noteText([{ sourceId: 'hra', locator: { label: 'section', value: '3' } }])).toBe('Human Rights Act 1998 s 3.')
    expect(f.bibliographyText(['hra'])).toEqual(['Human Rights Act 1998'])
    // An act whose title has no year still gets one.
    expect(f.noteText([{ sourceId: act.id }])).toBe('Constitution of the Republic of Examplestan 2026.')
  })

  it('builds a neutral citation once, however the case number was filed', () => {
    const filed = (number: string, extra: Partial<CslItem> = {}): CslItem => ({ id: `${number} ${JSON.stringify(extra)}`, type: 'legal_case', title: 'R (Miller) v Prime Minister', authority: 'UKSC', number, issued: { 'date-parts': [[2019]] }, ...extra })
    const cases = [filed('41'), filed('[2019] UKSC 41', { authority: undefined, issued: undefined }), filed('UKSC 41'), filed('[2019] UKSC 41', { 'container-title': 'AC', page: '373' })]
    const f = createCitationFormatter({ ...oscola, items: cases })
    const pinpoint = { label: 'paragraph', value: '5' } as const
    expect(cases.slice(0, 3).map((item) => f.noteText([{ sourceId: item.id, locator: pinpoint }]))).toEqual(Array(3).fill('R (Miller) v Prime Minister [2019] UKSC 41 [5].'))
    expect(f.noteText([{ sourceId: cases[3]!.id }])).toBe('R (Miller) v Prime Minister [2019] UKSC 41, AC 373.')
  })

  it('reduces Kazakh and Russian given names to initials, every Cyrillic capital included', () => {
    const kazakh: CslItem = { id: 'kk', type: 'book', title: 'Конституциялық құқық', author: [{ family: 'Сапаров', given: 'Әлихан Бекұлы' }], issued: { 'date-parts': [[2020]] } }
    const others = ['Ғалым', 'Қайрат', 'Ңғ', 'Өмір', 'Ұлан', 'Үміт', 'Һибатулла', 'Іңкәр', 'Юрий'].map((given, index): CslItem => ({ id: `n${index}`, type: 'book', title: `T${index}`, author: [{ family: 'Тест', given }] }))
    const f = createCitationFormatter({ ...oscola, items: [kazakh, ...others] })
    expect(f.bibliographyText(['kk'])).toEqual(['Сапаров ӘБ, Конституциялық құқық (2020)'])
    const names = f.bibliographyText(others.map((item) => item.id)).map((entry) => entry.split(',')[0])
    expect(names.sort()).toEqual(['Тест Ғ', 'Тест Қ', 'Тест Ң', 'Тест Ө', 'Тест Ұ', 'Тест Ү', 'Тест Һ', 'Тест І', 'Тест Ю'].sort())
  })

  it('uses "ibid" and cross-references in a sequence of footnotes', () => {
    const notes = formatter().notes([
      [{ sourceId: book.id, locator: page45 }],
      [{ sourceId: book.id, locator: { label: 'page', value: '50' } }],
      [{ sourceId: article.id }],
      [{ sourceId: book.id, locator: { label: 'page', value: '7' } }]
    ])
    expect(notes[0]).toContain('Anna Smith')
    expect(notes[1]).toBe('ibid 50.')
    expect(notes[3]).toBe('Smith (n 1) 7.')
  })

  it('starts each sequence afresh, whatever the formatter did before', () => {
    const f = formatter()
    const sequence = [[{ sourceId: article.id }], [{ sourceId: book.id, locator: page45 }], [{ sourceId: book.id, locator: page45 }]]
    f.noteText([{ sourceId: book.id }])
    f.bibliography()
    const first = f.notes(sequence)
    expect(f.notes(sequence)).toEqual(first)
    expect(first[1]).toContain('Anna Smith')
    expect(first[2]).toBe('ibid.')
  })
})

// Chicago's 18th-edition style is 240 kB of CSL: citeproc takes seconds to compile it, so its tests share one formatter.
describe('Chicago notes and bibliography', { timeout: 60_000 }, () => {
  let shared: CitationFormatter | undefined
  const formatter = () => (shared ??= createCitationFormatter({ ...chicago, items }))

  it('gives a full first note, a short later note and a full bibliography entry', () => {
    const f = formatter()
    expect(f.noteText([{ sourceId: book.id, locator: page45 }])).toBe('Anna Smith, Secularism and the State (Oxford University Press, 2019), 45.')
    expect(f.notes([[{ sourceId: book.id, locator: page45 }], [{ sourceId: article.id }], [{ sourceId: book.id, locator: page45 }]])[2]).toBe('Smith, <i>Secularism and the State</i>, 45.')
    expect(f.bibliographyText([book.id])).toEqual(['Smith, Anna. Secularism and the State. Oxford University Press, 2019.'])
  })

  it('puts article titles in double quotes and gives the page range in the bibliography', () => {
    const f = formatter()
    expect(f.noteText([{ sourceId: article.id, locator: page45 }])).toBe('Maria Ivanova, “Marriage in Post-Soviet Constitutions,” Central Asian Law Review 12, no. 3 (2021): 45.')
    expect(f.bibliographyText([article.id])).toEqual([
      'Ivanova, Maria. “Marriage in Post-Soviet Constitutions.” Central Asian Law Review 12, no. 3 (2021): 101–30.'
    ])
  })

  it('prints the pinpoint of legislation', () => {
    expect(formatter().noteText([{ sourceId: act.id, locator: { label: 'article', value: '19' } }])).toBe('Constitution of the Republic of Examplestan (2026), art. 19.')
  })

  it('writes American dates', () => {
    expect(formatter().bibliographyText([webpage.id])[0]).toContain('March 1, 2026')
  })
})

describe('GOST R 7.0.5-2008 footnotes', () => {
  const kazakhBook: CslItem = { id: 'kz', type: 'book', title: 'Конституциялық құқық', author: [{ family: 'Сапаров', given: 'Әлихан Бекұлы' }], publisher: 'Атамұра', 'publisher-place': 'Алматы', issued: { 'date-parts': [[2019]] } }
  const russianArticle: CslItem = { id: 'ru', type: 'article-journal', title: 'Конституционная реформа', author: [{ family: 'Иванова', given: 'Мария Петровна' }], 'container-title': 'Государство и право', volume: '3', issue: '2', page: '10-20', issued: { 'date-parts': [[2021]] } }
  const sequence = [
    [{ sourceId: 'kz', locator: { label: 'page', value: '45' } }],
    [{ sourceId: 'kz', locator: { label: 'page', value: '45' } }],
    [{ sourceId: 'kz', locator: { label: 'page', value: '50' } }],
    [{ sourceId: 'ru', locator: { label: 'page', value: '12' } }],
    [{ sourceId: 'kz', locator: { label: 'page', value: '7' } }],
    [{ sourceId: act.id, locator: { label: 'article', value: '19' } }]
  ] as const
  const formatter = async (lang: string) => createCitationFormatter({ ...(await loadCslFiles('gost-r-7-0-5-2008', process.cwd())), items: [kazakhBook, russianArticle, act], lang })

  it('gives the full reference first, "Там же" for a repeat and a short reference later, in Russian', async () => {
    const notes = (await formatter('ru-RU')).notes(sequence.map((note) => [...note]))
    expect(notes).toEqual([
      'Сапаров Ә. Б. Конституциялық құқық. Алматы: Атамұра, 2019. С. 45.',
      'Там же.',
      'Там же. С. 50.',
      'Иванова М. П. Конституционная реформа // Государство и право. 2021. Т. 3. № 2. С. 12.',
      'Сапаров Ә. Б. Конституциялық құқық. С. 7.',
      'Constitution of the Republic of Examplestan. 2026. Ст. 19.'
    ])
  })

  it('speaks Kazakh with the kk-KZ locale: "Сонда", "Б." for a page, "Бап" for an article', async () => {
    const notes = (await formatter('kk-KZ')).notes(sequence.map((note) => [...note]))
    expect(notes.slice(0, 3)).toEqual(['Сапаров Ә. Б. Конституциялық құқық. Алматы: Атамұра, 2019. Б. 45.', 'Сонда.', 'Сонда. Б. 50.'])
    expect(notes[5]).toBe('Constitution of the Republic of Examplestan. 2026. Бап 19.')
  })

  it('lists the bibliography with the page range of an article', async () => {
    expect((await formatter('ru-RU')).bibliographyText(['ru'])).toEqual(['Иванова М. П. Конституционная реформа // Государство и право. 2021. Т. 3. № 2. С. 10–20.'])
  })
})

describe('Russian and Kazakh terms in the English-language styles', () => {
  it('quotes in «» and writes the locale’s ibid', () => {
    const notes = (lang: string) => createCitationFormatter({ ...oscola, items, lang }).notes([[{ sourceId: article.id }], [{ sourceId: article.id }]])
    expect(notes('ru-RU')[0]).toContain('«Marriage in Post-Soviet Constitutions»')
    expect(notes('ru-RU')[1]).toBe('там же.')
    expect(notes('kk-KZ')[0]).toContain('«Marriage in Post-Soviet Constitutions»')
    expect(notes('kk-KZ')[1]).toBe('сонда.')
  })
})

describe('the formatter', () => {
  it('leaves out citations of sources that are not in the library', () => {
    const f = createCitationFormatter({ ...oscola, items: [book] })
    expect(f.note([{ sourceId: 'gone' }])).toBe('')
    expect(f.noteText([{ sourceId: 'gone' }, { sourceId: book.id }])).toBe('Anna Smith, Secularism and the State (Oxford University Press 2019).')
    expect(f.bibliography(['gone'])).toEqual([])
  })

  it('escapes markup in field values and writes no inline styles', () => {
    const hostile: CslItem = { id: 'x', type: 'book', title: '<img src=x onerror=alert(1)> and <i>italic</i>', author: [{ family: '<script>alert(1)</script>' }] }
    const f = createCitationFormatter({ ...oscola, items: [hostile] })
    const html = [f.note([{ sourceId: 'x' }]), ...f.bibliography()].join('\n')
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i)
    expect(html).not.toContain('style=')
    expect(html).toContain('&#60;img')
  })

  it('does not change the items it is given', { timeout: 60_000 }, () => {
    const copy = JSON.parse(JSON.stringify(items)) as CslItem[]
    createCitationFormatter({ ...chicago, items }).bibliography()
    expect(items).toEqual(copy)
  })
})

describe('bibliography entries', { timeout: 60_000 }, () => {
  it('name the source each entry describes, in the style’s order', () => {
    const f = createCitationFormatter({ ...chicago, items })
    const entries = f.bibliographyEntries([book.id, article.id])
    expect(entries.map((entry) => entry.id)).toEqual([article.id, book.id])
    expect(entries[1]!.html).toContain('<i>Secularism and the State</i>')
  })
})
