import type { Item } from '../../../shared/merge/entries'

/** Plain text of a value for the merge dialog: commentary documents read as their text, others as JSON. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'doc' in (value as object)) return textOf((value as { doc: unknown }).doc)
  return JSON.stringify(value)
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const { text, content } = node as { text?: unknown; content?: unknown }
  if (typeof text === 'string') return text
  return Array.isArray(content) ? content.map(textOf).join(' ') : ''
}

/** A short name for an item: the quoted text of an annotation, a tag's name, a source's title, a reply's text. */
export function itemLabel(item: Item): string {
  const quote = (item.target as { quote?: { exact?: unknown } } | undefined)?.quote?.exact
  const label = typeof quote === 'string' ? `“${quote}”` : (item.name ?? item.title ?? (item.body === undefined ? item.id : describeValue(item.body)))
  const text = typeof label === 'string' ? label : item.id
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
