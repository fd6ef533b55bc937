import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FormatReaders } from '../../import/import-file'
import { readSourceFile, type SourceFileReading } from './read-file'

/** The news-like pages in fixtures/ were written for these tests in the shapes news sites use. */
const savedOn = new Date('2026-03-01T08:00:00Z')
const noBinaryReaders: FormatReaders = {
  docxToHtml: () => Promise.reject(new Error('not used')),
  pdfPages: () => Promise.reject(new Error('not used'))
}

async function read(fileName: string, readers: FormatReaders = noBinaryReaders, bytes?: Uint8Array): Promise<SourceFileReading> {
  const result = await readSourceFile(bytes ?? new Uint8Array(readFileSync(new URL(`./fixtures/${fileName}`, import.meta.url))), fileName, readers, savedOn)
  if (!result.ok) throw new Error(`refused: ${result.error.code}`)
  return result.value
}

const text = (reading: SourceFileReading) => reading.paragraphs.join('\n')
const chromeOf = (reading: SourceFileReading, words: string[]) => words.filter((word) => text(reading).includes(word))

describe('a page with JSON-LD (NewsArticle in @graph), share buttons, views and related news', async () => {
  const reading = await read('en-json-ld.html')

  it('reads every field from JSON-LD, resolving the publisher by @id', () => {
    expect(reading.fields.title).toEqual({ value: 'Senate backs referendum law', origin: 'json-ld' })
    expect(reading.fields.author).toEqual({ value: [{ given: 'Dana', family: 'Omarova' }, { given: 'Mark', family: 'Ellis' }], origin: 'json-ld' })
    expect(reading.fields['container-title']).toEqual({ value: 'Steppe Herald', origin: 'json-ld' })
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 2, day: 10, time: '15:15:37' }, origin: 'json-ld' })
    expect(reading.fields.URL).toEqual({ value: 'https://steppe-herald.example/politics/senate-referendum', origin: 'json-ld' })
    expect(reading.fields.language).toEqual({ value: 'en', origin: 'json-ld' })
    expect(reading.fields.section).toEqual({ value: 'Politics', origin: 'json-ld' })
    expect(reading.type).toEqual({ value: 'article-newspaper', origin: 'json-ld' })
  })

  it('keeps the article and none of the chrome', () => {
    expect(reading.paragraphs).toContain('The law enters into force ten days after its official publication.')
    expect(text(reading)).toContain('"The people must read what they are asked," the chair of the committee said')
    expect(chromeOf(reading, ['Economy', 'WhatsApp', 'Telegram', '4 512', 'Related news', 'Majilis debates', '© 2026', 'Photo:', 'analytics'])).toEqual([])
  })
})

describe('a Russian page with Open Graph only, unmarked share buttons, a counter and "Читайте также"', async () => {
  const reading = await read('ru-open-graph.html')

  it('reads the Open Graph fields; a profile URL is not an author', () => {
    expect(reading.fields.title).toEqual({ value: 'Мажилис одобрил поправки о Конституционном суде', origin: 'open-graph' })
    expect(reading.fields.author).toBeUndefined()
    expect(reading.fields['container-title']).toEqual({ value: 'Вести Степи', origin: 'open-graph' })
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 2, day: 1, time: '09:40:00' }, origin: 'open-graph' })
    expect(reading.fields.URL?.value).toBe('https://vesti-stepi.example/news/majilis-konstitucionnyj-sud')
    expect(reading.fields.language).toEqual({ value: 'ru', origin: 'open-graph' })
    expect(reading.fields.section).toEqual({ value: 'Политика', origin: 'open-graph' })
    expect(reading.type.value).toBe('article-newspaper')
  })

  it('keeps the article and none of the chrome', () => {
    expect(reading.paragraphs.at(-1)).toBe('Поправки направлены в Сенат. Ожидается, что верхняя палата рассмотрит их в течение месяца.')
    expect(chromeOf(reading, ['Главная', 'Экономика', 'VK', 'WhatsApp', 'просмотр', 'Читайте также', 'бюджет на 2027', 'Акимы', '©'])).toEqual([])
  })
})

describe('a Kazakh page with no tags at all', async () => {
  const reading = await read('kk-no-tags.html')

  it('reads the byline and the date under the headline, not the ticker above it', () => {
    expect(reading.fields.title).toEqual({ value: 'Конституциялық реформа: азаматтар не күтеді?', origin: 'html' })
    expect(reading.fields.author).toEqual({ value: [{ given: 'Айгүл', family: 'Сәрсенова' }], origin: 'text' })
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 2, day: 1, time: '10:30' }, origin: 'text' })
    expect(reading.fields.language).toEqual({ value: 'kk', origin: 'text' })
    expect(reading.fields.URL).toBeUndefined()
    expect(reading.type).toEqual({ value: 'article-newspaper', origin: 'text' })
    expect(reading.textLanguage).toBe('kk')
  })

  it('keeps the article and none of the chrome', () => {
    expect(text(reading)).toContain('Жұмыс тобы азаматтардан түскен екі мыңнан астам ұсынысты қарады.')
    expect(chromeOf(reading, ['Басты бет', 'Соңғы жаңалықтар', 'Бөлісу', 'Telegram', 'Қаралды', '1520', 'Тағы оқыңыз', 'Сенат жаңа заңды'])).toEqual([])
  })
})

describe('an English story with a byline, a dateline "ASTANA –", "on Feb. 10" and a "Source:" line', async () => {
  const reading = await read('en-dateline.html')

  it('reads the byline, the dateline, the year from the day the page was saved, and the source', () => {
    expect(reading.fields.title).toEqual({ value: 'Constitutional Court hears first citizen complaints', origin: 'html' })
    expect(reading.fields.author?.value).toEqual([{ given: 'John', family: 'Smith' }, { given: 'Jane', family: 'Doe' }])
    expect(reading.fields['event-place']).toEqual({ value: 'Astana', origin: 'text' })
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 2, day: 10 }, origin: 'text' })
    expect(reading.fields['container-title']).toEqual({ value: 'Akorda press service', origin: 'text' })
    expect(reading.type.value).toBe('article-newspaper')
  })

  it('keeps the article and none of the chrome', () => {
    expect(reading.paragraphs[1]).toMatch(/^ASTANA – The Constitutional Court began hearing/)
    expect(chromeOf(reading, ['Home', 'Business', 'Share', 'Facebook', 'Views', '980'])).toEqual([])
  })
})

describe('a Russian page with "10.02.2026 15:15:37", a full Russian name and "АСТАНА, 10 февраля –"', async () => {
  const reading = await read('ru-numeric-date.html')

  it('reads the date with its time and the patronymic name family first', () => {
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 2, day: 10, time: '15:15:37' }, origin: 'text' })
    expect(reading.fields.author?.value).toEqual([{ family: 'Петров', given: 'Иван Сергеевич' }])
    expect(reading.fields['event-place']?.value).toBe('Астана')
    expect(reading.fields.language?.value).toBe('ru')
  })

  it('keeps the article and none of the chrome', () => {
    expect(text(reading)).toContain('текст вопроса публикуется не позднее чем за месяц')
    expect(chromeOf(reading, ['👁', '2 301', 'Похожие новости', 'Мажилис одобрил'])).toEqual([])
  })
})

describe('a legislation page with Dublin Core and Highwire tags', async () => {
  const reading = await read('kk-legislation.html')

  it('is legislation, with its Dublin Core fields', () => {
    expect(reading.type).toEqual({ value: 'legislation', origin: 'dublin-core' })
    expect(reading.fields.title?.value).toBe('Республикалық референдум туралы Қазақстан Республикасының Конституциялық заңы')
    expect(reading.fields.issued).toEqual({ value: { year: 2026, month: 1, day: 20 }, origin: 'dublin-core' })
    expect(reading.fields.URL).toEqual({ value: 'https://adilet.example/kaz/docs/Z2600000001', origin: 'dublin-core' })
    expect(reading.fields['container-title']).toEqual({ value: 'Әділет ақпараттық-құқықтық жүйесі', origin: 'citation' })
    expect(reading.fields.language).toEqual({ value: 'kk', origin: 'dublin-core' })
  })

  it('keeps the articles of the act, not the portal menu', () => {
    expect(reading.paragraphs).toContain('1-бап. Республикалық референдум')
    expect(chromeOf(reading, ['Құжаттар', 'Іздеу'])).toEqual([])
  })
})

describe('pasted text', async () => {
  const reading = await read('ru-pasted.txt')

  it('takes the first line as the title, reads "Ахметова А. Б." family first, and the "Источник:" line', () => {
    expect(reading.fields.title).toEqual({ value: 'Конституционный суд разъяснил порядок обращений', origin: 'text' })
    expect(reading.fields.author?.value).toEqual([{ family: 'Ахметова', given: 'А. Б.' }])
    expect(reading.fields.issued?.value).toEqual({ year: 2026, month: 3, day: 5, time: '12:00' })
    expect(reading.fields['container-title']?.value).toBe('пресс-служба Конституционного суда')
    expect(reading.type.value).toBe('article-newspaper')
    expect(reading.paragraphs).toHaveLength(7)
  })
})

describe('PDF and DOCX go through the importers\' readers', () => {
  it('reads a DOCX as the HTML mammoth gives', async () => {
    const readers = { ...noBinaryReaders, docxToHtml: async () => '<h1>Report on the referendum</h1><p>By Anna Berg</p><p>12 March 2026</p><p>The commission counted the ballots in every district and published the results.</p>' }
    const reading = await read('report.docx', readers, new Uint8Array([0x50, 0x4b, 3, 4]))
    expect(reading.kind).toBe('docx')
    expect(reading.fields.title?.value).toBe('Report on the referendum')
    expect(reading.fields.author?.value).toEqual([{ given: 'Anna', family: 'Berg' }])
    expect(reading.fields.issued?.value).toEqual({ year: 2026, month: 3, day: 12 })
  })

  it('reads a PDF\'s text layer, one paragraph a printed paragraph, without page numbers', async () => {
    const line = (text: string, y: number, height = 12) => ({ text, y, height })
    const readers = {
      ...noBinaryReaders,
      pdfPages: async () => [
        {
          lines: [
            line('Сенат принял закон', 800, 18),
            line('Автор: Петров И. С.', 770),
            line('10.02.2026', 740),
            line('Сенат принял закон о республиканском референдуме и направил его на', 710),
            line('подпись Главе государства. Закон устанавливает, что текст вопроса', 696),
            line('публикуется не позднее чем за месяц до голосования, и вступает', 682),
            line('в силу через десять дней.', 668),
            line('1', 40)
          ]
        }
      ]
    }
    const reading = await read('news.pdf', readers, new TextEncoder().encode('%PDF-1.7'))
    expect(reading.fields.title?.value).toBe('Сенат принял закон')
    expect(reading.fields.issued?.value).toEqual({ year: 2026, month: 2, day: 10 })
    expect(reading.fields.author?.value).toEqual([{ family: 'Петров', given: 'И. С.' }])
    expect(reading.paragraphs).toContain('Сенат принял закон о республиканском референдуме и направил его на подпись Главе государства. Закон устанавливает, что текст вопроса публикуется не позднее чем за месяц до голосования, и вступает в силу через десять дней.')
    expect(reading.paragraphs).not.toContain('1')
  })

  it('refuses a file of another kind, an empty file and a PDF with no text', async () => {
    expect((await readSourceFile(new Uint8Array([1]), 'photo.jpg', noBinaryReaders, savedOn)).ok).toBe(false)
    expect(await readSourceFile(new Uint8Array(), 'page.html', noBinaryReaders, savedOn)).toEqual({ ok: false, error: { code: 'errorImportEmpty' } })
    const blank = await readSourceFile(new TextEncoder().encode('%PDF-1.7'), 'scan.pdf', { ...noBinaryReaders, pdfPages: async () => [{ lines: [] }] }, savedOn)
    expect(blank.ok ? undefined : blank.error.code).toBe('errorImportNoTextLayer')
  })
})

describe('hostile pages', () => {
  it('keeps text only: no script, style or markup from the page, a broken JSON-LD block ignored', async () => {
    const html = `<!DOCTYPE html><html><head><title>&lt;img src=x onerror=alert(1)&gt; Title</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline": </script>
      <script type="application/ld+json">[null, 3, "x", {"@graph": [{"@type": "NewsArticle", "headline": {"not": "text"}, "author": [null, {"name": 7}]}]}]</script>
      <style>p { color: red }</style></head>
      <body><script>document.title = 'stolen'</script><h1 onclick="alert(2)">Headline <b>in bold</b></h1>
      <p>First paragraph of the story, long enough to be prose and not chrome, with <a href="javascript:alert(3)">a link</a> inside it.</p>
      <iframe src="https://tracker.example/"></iframe><p>Second paragraph &amp; more.</p></body></html>`
    const reading = await read('hostile.html', noBinaryReaders, new TextEncoder().encode(html))
    expect(reading.fields.title).toEqual({ value: 'Headline in bold', origin: 'html' })
    expect(reading.fields.author).toBeUndefined()
    const kept = text(reading)
    expect(kept).toContain('with a link inside it.')
    expect(kept).toContain('Second paragraph & more.')
    expect(chromeOf(reading, ['alert', 'stolen', 'color: red', 'javascript', 'tracker', '<'])).toEqual([])
  })

  it('refuses bytes that are not text as a page', async () => {
    const result = await readSourceFile(new Uint8Array([0x3c, 0x68, 0, 0, 0xff]), 'page.html', noBinaryReaders, savedOn)
    expect(result.ok ? undefined : result.error.code).toBe('errorImportBinary')
  })
})
