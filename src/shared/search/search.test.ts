import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import { generateLegalText } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { foldForSearch } from './fold'
import { buildSearchIndex, search } from './search'

const docFrom = (text: string) => {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return legalSchema.nodeFromJSON(outcome.doc)
}

describe('search', () => {
  it('folds Kazakh and Russian capitals and ё without moving characters', () => {
    const text = 'ӘҒҚҢӨҰҮҺІ Ёлка İstanbul'
    expect(foldForSearch(text)).toBe('әғқңөұүһі елка İstanbul')
    expect(foldForSearch(text)).toHaveLength(text.length)
  })

  it('finds Kazakh words whatever their case, grouped by article, with positions that hold the match', () => {
    const doc = docFrom(generateLegalText({ language: 'kk', parts: 2, articles: 6 }))
    const results = search(buildSearchIndex(doc), 'ӘРКІМНІҢ ҚҰҚЫҚТАРЫ')
    expect(results.total).toBeGreaterThan(3)
    expect(results.groups.map((group) => group.label)).toEqual(['1-бап', '2-бап', '3-бап', '5-бап', '6-бап'])
    for (const hit of results.groups.flatMap((group) => group.hits)) {
      expect(doc.textBetween(hit.from, hit.to)).toBe('әркімнің құқықтары')
      expect(hit.match).toBe('әркімнің құқықтары')
    }
  })

  it('finds Russian text with ё typed as е, and text outside articles under its unit', () => {
    const doc = docFrom('Закон\n\nПреамбула\nМы учли всё.\n\nРаздел I\nСтатья 1\nЕщё один пункт.')
    const results = search(buildSearchIndex(doc), 'ВСЕ')
    expect(results.groups).toMatchObject([{ eId: 'preamble', hits: [{ before: 'Мы учли ', match: 'всё', after: '.' }] }])
    expect(search(buildSearchIndex(doc), 'еще').groups.map((group) => group.eId)).toEqual(['art_1'])
  })

  it('caps the hits it returns but counts them all, and finds nothing for blank queries', () => {
    const index = buildSearchIndex(docFrom(generateLegalText({ parts: 3, articles: 60 })))
    const results = search(index, 'clause', 10)
    expect(results.shown).toBe(10)
    expect(results.total).toBeGreaterThan(10)
    expect(search(index, '   ').total).toBe(0)
  })
})

describe('search by word form', () => {
  const russianLaw = docFrom(
    'Закон о семье\n\nРаздел I\nСтатья 1\nБрак заключается добровольно.\nСтатья 2\nСупруги в браке равны; расторжение брака допускается.\nСтатья 3\nГосударство охраняет семью, а бракованный товар возвращается.'
  )

  it('finds every form of a Russian word, one hit per occurrence, grouped by article', () => {
    const results = search(buildSearchIndex(russianLaw, 'ru'), 'брака')
    expect(results.groups.map((group) => [group.eId, group.hits.map((hit) => hit.match)])).toEqual([
      ['art_1', ['Брак']],
      ['art_2', ['браке', 'брака']]
    ])
  })

  it('lets the last word typed find the words it begins, and phrases match word forms in sequence', () => {
    const index = buildSearchIndex(russianLaw, 'ru')
    expect(search(index, 'бракован').groups.map((group) => group.hits.map((hit) => hit.match))).toEqual([['бракованный']])
    expect(search(index, 'брако').groups.flatMap((group) => group.hits.map((hit) => hit.match))).toContain('бракованный')
    expect(search(index, 'расторжении браков').groups.flatMap((group) => group.hits.map((hit) => hit.match))).toEqual(['расторжение брака'])
    expect(search(index, 'брак расторжение').total).toBe(0)
  })

  it('takes a quoted query as an exact phrase', () => {
    const index = buildSearchIndex(russianLaw, 'ru')
    expect(search(index, '"брака"').groups.flatMap((group) => group.hits.map((hit) => hit.match))).toEqual(['брака'])
    expect(search(index, '«в браке равны»').total).toBe(1)
  })

  it('finds Kazakh forms: некеге finds неке, құқық finds құқығы, with the language found from the text', () => {
    const doc = docFrom('Заң\n\nI бөлім\n1-бап\nНеке ерікті түрде қиылады.\n2-бап\nЕрлі-зайыптылар некеге тең құқықпен отырады.\n3-бап\nӘркімнің құқығы қорғалады.')
    const index = buildSearchIndex(doc)
    expect(search(index, 'некеге').groups.map((group) => group.eId)).toEqual(['art_1', 'art_2'])
    expect(search(index, 'құқық').groups.flatMap((group) => group.hits.map((hit) => hit.match))).toEqual(['құқықпен', 'құқығы'])
  })

  it('finds English forms and cuts snippets at word boundaries', () => {
    const doc = docFrom(
      'Act\n\nPart I\nArticle 1\nEveryone has the right to liberty and security of person, and the guarantees of these rights are laid down by the laws of the Republic.'
    )
    const hits = search(buildSearchIndex(doc, 'en'), 'guaranteed').groups.flatMap((group) => group.hits)
    expect(hits).toHaveLength(1)
    expect(hits[0]!.match).toBe('guarantees')
    expect(hits[0]!.before).toBe('…liberty and security of person, and the ')
    expect(hits[0]!.after).toBe(' of these rights are laid down by the…')
    expect(doc.textBetween(hits[0]!.from, hits[0]!.to)).toBe('guarantees')
  })
})

describe('snippets', () => {
  it('never begin or end inside a word', () => {
    const doc = docFrom(generateLegalText({ language: 'ru', parts: 3, articles: 30 }))
    const results = search(buildSearchIndex(doc, 'ru'), 'права')
    expect(results.total).toBeGreaterThan(5)
    const texts = new Map<number, string>()
    doc.descendants((node, pos) => {
      if (node.isTextblock) texts.set(pos + 1, node.textContent)
    })
    for (const hit of results.groups.flatMap((group) => group.hits)) {
      const [start, text] = [...texts].filter(([pos]) => pos <= hit.from).pop()!
      const offset = hit.from - start
      const before = hit.before.replace(/^…/, '')
      const after = hit.after.replace(/…$/, '')
      const from = offset - before.length
      const to = offset + hit.match.length + after.length
      expect(text.slice(from, offset) + hit.match + text.slice(offset + hit.match.length, to)).toBe(before + hit.match + after)
      expect(from === 0 || /\s/.test(text[from - 1]!), `snippet starts inside a word: ${hit.before}`).toBe(true)
      expect(to === text.length || /\s/.test(text[to]!), `snippet ends inside a word: ${hit.after}`).toBe(true)
    }
  })
})
