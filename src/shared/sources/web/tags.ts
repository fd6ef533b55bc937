import type { CslName } from '../types'
import { findDate } from './dates'
import { cleanText, type PageDocument } from './dom'
import { nameFromText } from './names'
import type { FieldOrigin, FieldValues as Values, FoundFields } from './types'

/**
 * The metadata a page declares in its tags, read the way reference managers read them, each vocabulary on
 * its own: JSON-LD (schema.org NewsArticle, Article and kin, also inside @graph), Highwire `citation_*`,
 * Dublin Core, Open Graph, and plain HTML (<title>, <html lang>, the canonical link, `author`). When
 * vocabularies disagree the more specific one wins, in that order.
 */


const articleTypes = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Article|BlogPosting|Report|ScholarlyArticle|Legislation|LegislationObject|WebPage)$/

/** A language tag's primary subtag: "ru-RU", "ru_RU" → "ru". */
const primaryLanguage = (tag: string | null | undefined) => cleanText(tag).split(/[-_]/)[0]?.toLowerCase() || undefined

const isUrl = (text: string | undefined) => text !== undefined && /^https?:\/\/\S+$/i.test(text)

function metaValues(page: PageDocument, names: string[]): string[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  const values: string[] = []
  for (const meta of page.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase()
    const content = cleanText(meta.getAttribute('content'))
    if (wanted.has(key) && content) values.push(content)
  }
  return values
}

const first = (page: PageDocument, ...names: string[]) => metaValues(page, names)[0]

const dateOf = (text: string | undefined) => (text === undefined ? undefined : findDate(text))

// ---- JSON-LD

type Json = null | string | number | boolean | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: Json | undefined): Json[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])
const typesOf = (node: JsonObject) => list(node['@type']).filter((type): type is string => typeof type === 'string')

/** The nodes of every JSON-LD block, @graph and arrays unrolled; a block that does not parse is skipped. */
function jsonLdNodes(page: PageDocument): JsonObject[] {
  const nodes: JsonObject[] = []
  const collect = (value: Json) => {
    for (const item of list(value)) {
      if (!isObject(item)) continue
      nodes.push(item)
      if (item['@graph'] !== undefined) collect(item['@graph'])
    }
  }
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? '') as Json)
    } catch {
      // A broken block is the site's mistake; the other vocabularies still count.
    }
  }
  return nodes
}

/** Text of a JSON-LD value: a string, or a node's name (resolving an @id reference within the page). */
function textOf(value: Json | undefined, byId: Map<string, JsonObject>): string | undefined {
  const item = list(value)[0]
  if (typeof item === 'string') return cleanText(item) || undefined
  if (!isObject(item)) return undefined
  const node = typeof item['@id'] === 'string' && !item['name'] ? (byId.get(item['@id']) ?? item) : item
  return typeof node['name'] === 'string' ? cleanText(node['name']) || undefined : undefined
}

function jsonLdAuthors(value: Json | undefined, byId: Map<string, JsonObject>): CslName[] {
  return list(value).flatMap((author) => {
    const name = textOf(author, byId)
    if (!name) return []
    const node = isObject(author) ? (byId.get(String(author['@id'])) ?? author) : undefined
    return [node && typesOf(node).includes('Organization') ? { literal: name } : nameFromText(name)]
  })
}

function fromJsonLd(page: PageDocument): Values {
  const nodes = jsonLdNodes(page)
  const byId = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])))
  // The article itself, not the WebSite or the BreadcrumbList beside it; a WebPage only when nothing else is there.
  const article = nodes.find((node) => typesOf(node).some((type) => articleTypes.test(type) && type !== 'WebPage')) ?? nodes.find((node) => typesOf(node).includes('WebPage'))
  if (!article) return {}
  const mainEntity = article['mainEntityOfPage']
  const url = textOf(article['url'], new Map()) ?? (isObject(mainEntity) && typeof mainEntity['@id'] === 'string' ? mainEntity['@id'] : typeof mainEntity === 'string' ? mainEntity : undefined)
  const authors = jsonLdAuthors(article['author'] ?? article['creator'], byId)
  const website = nodes.find((node) => typesOf(node).includes('WebSite'))
  return {
    title: textOf(article['headline'], byId) ?? textOf(article['name'], byId),
    author: authors.length ? authors : undefined,
    'container-title': textOf(article['publisher'], byId) ?? textOf(article['isPartOf'], byId) ?? (website ? textOf(website['name'], byId) : undefined),
    issued: dateOf(textOf(article['datePublished'], byId) ?? textOf(article['dateCreated'], byId)),
    URL: isUrl(url) ? url : undefined,
    language: primaryLanguage(textOf(article['inLanguage'], byId)),
    section: textOf(article['articleSection'], byId),
    kind: typesOf(article)[0]
  }
}

// ---- meta tag vocabularies

/** "Family, Given" as Highwire and Dublin Core write names; otherwise as printed. */
const taggedName = (text: string): CslName => {
  const [family, given] = text.split(/\s*,\s*/)
  return given && family ? { family, given } : nameFromText(text)
}

function fromHighwire(page: PageDocument): Values {
  const authors = metaValues(page, ['citation_author']).map(taggedName)
  const url = first(page, 'citation_public_url', 'citation_abstract_html_url', 'citation_fulltext_html_url')
  return {
    title: first(page, 'citation_title'),
    author: authors.length ? authors : undefined,
    'container-title': first(page, 'citation_journal_title', 'citation_newspaper_title', 'citation_conference_title', 'citation_publisher'),
    issued: dateOf(first(page, 'citation_publication_date', 'citation_date', 'citation_online_date')),
    URL: isUrl(url) ? url : undefined,
    language: primaryLanguage(first(page, 'citation_language')),
    section: first(page, 'citation_section')
  }
}

function fromDublinCore(page: PageDocument): Values {
  const dc = (term: string) => [`dc.${term}`, `dcterms.${term}`, `dc:${term}`]
  const authors = metaValues(page, dc('creator')).map(taggedName)
  const identifier = metaValues(page, dc('identifier')).find(isUrl)
  return {
    title: first(page, ...dc('title')),
    author: authors.length ? authors : undefined,
    'container-title': first(page, ...dc('publisher'), ...dc('source'), ...dc('ispartof')),
    issued: dateOf(first(page, ...dc('date'), ...dc('issued'), ...dc('created'))),
    URL: identifier,
    language: primaryLanguage(first(page, ...dc('language'))),
    kind: first(page, ...dc('type'))
  }
}

function fromOpenGraph(page: PageDocument): Values {
  // article:author is often a profile URL, which is not a name.
  const authors = metaValues(page, ['article:author']).filter((author) => !isUrl(author)).map(nameFromText)
  const url = first(page, 'og:url')
  return {
    title: first(page, 'og:title'),
    author: authors.length ? authors : undefined,
    'container-title': first(page, 'og:site_name'),
    issued: dateOf(first(page, 'article:published_time', 'og:published_time')),
    URL: isUrl(url) ? url : undefined,
    language: primaryLanguage(first(page, 'og:locale')),
    section: first(page, 'article:section'),
    kind: first(page, 'og:type')
  }
}

/** A comment browsers write into pages they save: `<!-- saved from url=(0047)https://… -->`. */
function savedFromUrl(page: PageDocument): string | undefined {
  for (const node of page.childNodes) {
    const match = node.nodeType === 8 ? /saved from url=\(\d+\)(\S+)/.exec(node.textContent ?? '') : null
    if (match && isUrl(match[1])) return match[1]
  }
  return undefined
}

function fromHtml(page: PageDocument): Values {
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  const author = first(page, 'author')
  return {
    title: cleanText(page.title) || undefined,
    author: author && !isUrl(author) ? [nameFromText(author)] : undefined,
    URL: isUrl(canonical) ? canonical : undefined,
    language: primaryLanguage(page.documentElement.getAttribute('lang')),
    issued: dateOf(first(page, 'date', 'pubdate', 'publishdate'))
  }
}

/** Each vocabulary's fields, most specific first. */
export function tagFieldsByOrigin(page: PageDocument): [FieldOrigin, Values][] {
  const saved = savedFromUrl(page)
  return [
    ['json-ld', fromJsonLd(page)],
    ['citation', fromHighwire(page)],
    ['dublin-core', fromDublinCore(page)],
    ['open-graph', fromOpenGraph(page)],
    ['html', fromHtml(page)],
    ['file', { URL: saved }]
  ]
}

/** Fields from several origins: for each field, the first origin that has it. */
export function firstFound(byOrigin: [FieldOrigin, Values][]): FoundFields {
  const fields: Record<string, { value: unknown; origin: FieldOrigin }> = {}
  for (const [origin, values] of byOrigin) {
    for (const [field, value] of Object.entries(values)) {
      if (value !== undefined && value !== '' && !(field in fields)) fields[field] = { value, origin }
    }
  }
  return fields as FoundFields
}
