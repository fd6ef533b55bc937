import { beforeAll, describe, expect, it } from 'vitest'
import { loadCslFiles, type CslFiles } from '../../main/sources/csl-files'
import type { CslItem } from '../sources/types'
import { createCitationFormatter } from './format'

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
})

describe('Chicago notes and bibliography', () => {
  const formatter = () => createCitationFormatter({ ...chicago, items })

  it('gives a short note but a full bibliography entry', () => {
    const f = formatter()
    expect(f.noteText([{ sourceId: book.id, locator: page45 }])).toBe('Smith, Secularism and the State, 45.')
    expect(f.bibliographyText([book.id])).toEqual(['Smith, Anna. Secularism and the State. Oxford University Press, 2019.'])
  })

  it('puts article titles in double quotes and gives the page range in the bibliography', () => {
    const f = formatter()
    expect(f.noteText([{ sourceId: article.id, locator: page45 }])).toBe('Ivanova, “Marriage in Post-Soviet Constitutions,” 45.')
    expect(f.bibliographyText([article.id])).toEqual([
      'Ivanova, Maria. “Marriage in Post-Soviet Constitutions.” Central Asian Law Review 12, no. 3 (2021): 101–30.'
    ])
  })

  it('writes American dates', () => {
    expect(formatter().bibliographyText([webpage.id])[0]).toContain('March 1, 2026')
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

  it('does not change the items it is given', () => {
    const copy = JSON.parse(JSON.stringify(items)) as CslItem[]
    createCitationFormatter({ ...chicago, items }).bibliography()
    expect(items).toEqual(copy)
  })
})

describe('bibliography entries', () => {
  it('name the source each entry describes, in the style’s order', () => {
    const f = createCitationFormatter({ ...chicago, items })
    const entries = f.bibliographyEntries([book.id, article.id])
    expect(entries.map((entry) => entry.id)).toEqual([article.id, book.id])
    expect(entries[1]!.html).toContain('<i>Secularism and the State</i>')
  })
})
