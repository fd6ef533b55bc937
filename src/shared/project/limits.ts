import { fail, ok, type Result } from '../errors'

/**
 * Limits on the shape of a project's legal text, checked before it is validated or shown: a 100 MB string
 * or ten million nodes would hang the window for minutes. The largest real law Glossa has seen (a civil
 * code of 1,200 articles) has about 60,000 nodes and no passage longer than 40,000 characters.
 */
export const documentLimits = {
  /** Characters in one text passage of the legal text. */
  textLength: 1_000_000,
  /** Nodes (articles, clauses, paragraphs, text passages...) of the legal text. */
  nodes: 2_000_000
} as const

/** Whether the legal text's JSON stays within `documentLimits`; walks without recursion (deep nesting is no crash). */
export function checkDocumentLimits(content: unknown): Result<null> {
  const pending: unknown[] = [content]
  let nodes = 0
  while (pending.length) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    if (++nodes > documentLimits.nodes) return fail('errorProjectTooManyNodes', { limit: documentLimits.nodes })
    const { text, content: children } = node as { text?: unknown; content?: unknown }
    if (typeof text === 'string' && text.length > documentLimits.textLength) return fail('errorProjectTextTooLong', { limit: documentLimits.textLength })
    if (Array.isArray(children)) for (const child of children) pending.push(child)
  }
  return ok(null)
}
