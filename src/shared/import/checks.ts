import type { DocJSON } from '../document/types'
import { checkNumbering } from './numbering'
import type { ImportWarning, StructureCounts } from './report'
import { collect } from './structure'

/**
 * Checks that apply to any structured document, however it was read (plain text, Akoma Ntoso): how many
 * units of each kind it has, gaps, repeats and disorder in numbering, and articles with no text.
 */

/** Counts the units of a document. */
export function countUnits(doc: DocJSON): StructureCounts {
  const nodes = doc.content ?? []
  return {
    preamble: nodes.some((node) => node.type === 'preamble'),
    parts: collect(nodes, 'part').length,
    chapters: collect(nodes, 'chapter').length,
    articles: collect(nodes, 'article').length,
    clauses: collect(nodes, 'clause').length,
    subpoints: collect(nodes, 'subpoint').length
  }
}

const attr = (node: DocJSON, name: string) => String(node.attrs?.[name] ?? '')

/** Numbering warnings for parts and articles, then one warning per article that has no text. */
export function structureWarnings(doc: DocJSON): ImportWarning[] {
  const nodes = doc.content ?? []
  const units = (type: string) => collect(nodes, type).map((node) => ({ eId: attr(node, 'eId'), num: attr(node, 'num') }))
  const empty: ImportWarning[] = collect(nodes, 'article')
    .filter((article) => !article.content?.some((child) => child.type !== 'heading' && hasText(child)))
    .map((article) => ({ code: 'emptyArticle', eId: attr(article, 'eId'), params: { num: attr(article, 'num') } }))
  return [...checkNumbering(units('part'), 'part'), ...checkNumbering(units('article'), 'article'), ...empty]
}

function hasText(node: DocJSON): boolean {
  return Boolean(node.text) || Boolean(node.content?.some(hasText))
}
