import type { Annotation, Tag } from '../annotations/types'
import type { DocJSON } from '../document/types'
import { createProject } from '../project/create'
import type { ProjectFile } from '../project/schema'
import type { CslItem } from '../sources/types'

/**
 * An annotated project built as data, for the export's tests and benchmark: parts, articles and clauses in
 * English, Russian or Kazakh, with tagged, cited annotations by two authors. The wording is invented (the
 * Russian line is a well-known pangram, the Kazakh line uses every Kazakh-specific letter); no official text
 * is used.
 */

export type SampleLanguage = 'en' | 'ru' | 'kk'

const roman = (value: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][value - 1] ?? String(value)

const wording: Record<SampleLanguage, { part: (n: number) => string; article: (n: number) => string; heading: (n: number) => string; clause: (a: number, c: number) => string; name: string }> = {
  en: {
    part: (n) => `Part ${roman(n)}`,
    article: (n) => `Article ${n}`,
    heading: (n) => `Provisions on topic ${n}`,
    clause: (a, c) => `Clause ${c} of Article ${a} concerns the rights of everyone and the duties of the state.`,
    name: 'Constitution of the Republic of Examplestan'
  },
  ru: {
    part: (n) => `Раздел ${roman(n)}`,
    article: (n) => `Статья ${n}`,
    heading: (n) => `Положения о предмете ${n}`,
    clause: (a, c) => `Пункт ${c} статьи ${a}: съешь же ещё этих мягких французских булок, да выпей чаю.`,
    name: 'Конституция Республики Примерстан'
  },
  kk: {
    part: (n) => `${roman(n)} бөлім`,
    article: (n) => `${n}-бап`,
    heading: (n) => `${n}-тақырып туралы ережелер`,
    clause: (a, c) => `${a}-баптың ${c}-тармағы: әділ қоғам, ғылым, теңдік, өмір, ұлт, үкімет, һәм іс.`,
    name: 'Үлгістан Республикасының Конституциясы'
  }
}

const textNode = (text: string): DocJSON => ({ type: 'text', text })

/** A legal document of `articles` articles, each with 1–3 clauses, spread over `parts` parts. */
export function sampleDocument(options: { parts: number; articles: number; language?: SampleLanguage }): DocJSON {
  const words = wording[options.language ?? 'en']
  const parts: DocJSON[] = []
  let article = 0
  for (let part = 1; part <= options.parts; part++) {
    const count = Math.floor((options.articles * part) / options.parts) - Math.floor((options.articles * (part - 1)) / options.parts)
    const articles: DocJSON[] = []
    for (let i = 0; i < count; i++) {
      article++
      const eId = `art_${article}`
      const clauses = Array.from({ length: (article % 3) + 1 }, (_, index) => ({
        type: 'clause',
        attrs: { eId: `${eId}__para_${index + 1}`, num: String(index + 1), label: `${index + 1}.` },
        content: [{ type: 'paragraph', content: [textNode(words.clause(article, index + 1))] }]
      }))
      articles.push({ type: 'article', attrs: { eId, num: String(article), label: words.article(article) }, content: clauses })
    }
    parts.push({ type: 'part', attrs: { eId: `part_${part}`, num: String(part), label: words.part(part) }, content: [{ type: 'heading', content: [textNode(words.heading(part))] }, ...articles] })
  }
  return { type: 'doc', content: [{ type: 'title', content: [textNode(words.name)] }, ...parts] }
}

const authors = [
  { id: 'author-aigerim', name: 'Aigerim Sadykova', color: '#1f77b4' },
  { id: 'author-boris', name: 'Boris Petrov', color: '#d62728' }
]

/** The sample taxonomy: "Rights", "Rights › Equality", "Institutions". */
export const sampleTags: Tag[] = [
  { id: 'tag-rights', name: 'Rights', color: '#2ca02c', description: '', parentId: null },
  { id: 'tag-equality', name: 'Equality', color: '#9467bd', description: '', parentId: 'tag-rights' },
  { id: 'tag-institutions', name: 'Institutions', color: '#8c564b', description: '', parentId: null }
]

/** Three sources: a book, a journal article, a report. */
export const sampleSources: CslItem[] = [
  { id: 'src-book', type: 'book', title: 'Constitutional Design in Central Asia', author: [{ family: 'Omarova', given: 'Dana' }], publisher: 'Steppe Press', issued: { 'date-parts': [[2021]] } },
  { id: 'src-article', type: 'article-journal', title: 'Secular States and Their Courts', author: [{ family: 'Keller', given: 'Anna' }], 'container-title': 'Journal of Comparative Law', issued: { 'date-parts': [[2019]] } },
  { id: 'src-report', type: 'report', title: 'Opinion on the Draft Constitution', author: [{ literal: 'Venice Commission' }], publisher: 'Council of Europe', issued: { 'date-parts': [[2026]] } }
]

/** The plain text of a sample article as annotation positions count it: its paragraphs joined by "\n". */
function unitText(article: DocJSON): string {
  const paragraphs = (node: DocJSON): DocJSON[] => (node.type === 'paragraph' ? [node] : (node.content ?? []).flatMap(paragraphs))
  return paragraphs(article)
    .map((paragraph) => (paragraph.content ?? []).map((child) => child.text ?? '').join(''))
    .join('\n')
}

function articlesOf(doc: DocJSON): DocJSON[] {
  return (doc.content ?? []).flatMap((node) => (node.type === 'article' ? [node] : articlesOf(node)))
}

/**
 * `count` annotations spread over the articles, each quoting 12 characters of a clause (a different
 * stretch for each annotation on the same article), tagged, and citing a source for two of every three.
 */
export function sampleAnnotations(doc: DocJSON, count: number): Annotation[] {
  const articles = articlesOf(doc)
  return Array.from({ length: count }, (_, index) => {
    const article = articles[index % articles.length]!
    const round = Math.floor(index / articles.length)
    const text = unitText(article)
    const start = (round * 14) % Math.max(1, text.length - 12)
    const exact = text.slice(start, start + 12)
    const eId = String(article.attrs?.['eId'])
    const stamp = '2026-03-01T10:00:00.000Z'
    return {
      id: `note-${index + 1}`,
      author: authors[index % authors.length]!,
      created: stamp,
      modified: stamp,
      target: { eId, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
      tags: [sampleTags[index % sampleTags.length]!.id],
      body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [textNode(`Comment ${index + 1} on ${article.attrs?.['label']}: `), { type: 'text', text: 'a point to discuss', marks: [{ type: 'em' }] }] }] } },
      citations: index % 3 === 2 ? [] : [{ sourceId: sampleSources[index % sampleSources.length]!.id, locator: { label: 'page', value: String(10 + (index % 40)) } }],
      links: [],
      replies: []
    }
  })
}

/** A whole annotated project. */
export function sampleProject(options: { parts: number; articles: number; annotations: number; language?: SampleLanguage; now?: Date }): ProjectFile {
  const content = sampleDocument(options)
  const project = createProject({
    title: 'Commentary on the Draft Constitution',
    authors: authors.map((author) => author.name),
    now: options.now ?? new Date('2026-03-01T10:00:00Z'),
    id: 'sample-project',
    document: { name: String(content.content?.[0]?.content?.[0]?.text ?? ''), language: options.language ?? 'en', content }
  })
  // The project file's zod types and the shared contract types differ only in how strictly they are written.
  return {
    ...project,
    annotations: sampleAnnotations(content, options.annotations),
    tags: sampleTags as unknown as ProjectFile['tags'],
    sources: sampleSources as unknown as ProjectFile['sources']
  }
}
