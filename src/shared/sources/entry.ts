import type { GlossaError } from '../errors'
import { cslDateFields, normaliseCslDate } from './dates'
import { suggestSourceId } from './library'
import { isKeepableField, sourceSchema } from './schema'
import type { CslItem, CslName } from './types'

/**
 * One entry of a source file after its format's reader: checked and tidied into a source, or refused with
 * the reason. Every reader ends here, so the rules are the same for BibTeX, RIS and CSL-JSON.
 */

/** An entry that was not imported: its name in the file (citation key, id, title or position) and why. */
export interface RefusedSource {
  entry: string
  reason: GlossaError
}

export type EntryOutcome = { ok: true; item: CslItem } | { ok: false; refused: RefusedSource }

/** How the report names an entry: its key or id, else its title, else its position ("#3"). */
export function entryName(fields: Record<string, unknown> | undefined, index: number): string {
  for (const key of ['citation-key', 'id', 'title']) {
    const value = fields?.[key]
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim().slice(0, 120)
  }
  return `#${index + 1}`
}

export const refuse = (entry: string, reason: GlossaError): EntryOutcome => ({ ok: false, refused: { entry, reason } })

const namedFields = new Set(Object.keys(sourceSchema.shape))

/** BibTeX's "and others" and CSL's empty names are no one: citeproc writes "et al." from the count it is given. */
function realNames(names: unknown): unknown {
  if (!Array.isArray(names)) return names
  const kept = names.filter((name: CslName | null) => {
    if (typeof name !== 'object' || name === null) return true
    const { family, given, literal } = name
    if (family === 'others' && !given) return false
    return Boolean(family || given || literal)
  })
  return kept.length > 0 ? kept : undefined
}

/** Text in a field CSL keeps as text; a list (citation-js's split "Sweet and Maxwell") is joined back. */
function asText(value: unknown): unknown {
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join(' and ')
  return value
}

/** Turns one reader's fields into a checked source, or says why the entry is refused. */
export function checkEntry(raw: Record<string, unknown>, index: number): EntryOutcome {
  const name = entryName(raw, index)
  const fields: Record<string, unknown> = { type: 'document', ...raw }
  for (const key of ['publisher', 'publisher-place', 'jurisdiction', 'authority']) if (key in fields) fields[key] = asText(fields[key])
  for (const key of ['author', 'editor']) if (key in fields) fields[key] = realNames(fields[key])
  for (const key of cslDateFields) {
    if (!(key in fields)) continue
    const date = normaliseCslDate(fields[key])
    if (date === null) return refuse(name, { code: 'sourceRefusedField', params: { field: key } })
    if (date === undefined) delete fields[key]
    else fields[key] = date
  }
  const id = typeof fields['id'] === 'string' && fields['id'].trim() ? fields['id'].trim() : typeof fields['id'] === 'number' ? String(fields['id']) : suggestSourceId(fields)
  // Fields of shapes CSL-JSON never uses are dropped (citeproc never meets them); named ones are checked.
  const candidate = Object.fromEntries(Object.entries({ ...fields, id }).filter(([key, value]) => value !== undefined && (namedFields.has(key) || isKeepableField(value))))
  const checked = sourceSchema.safeParse(candidate)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return refuse(name, { code: 'sourceRefusedField', params: { field: issue?.path.join('.') || '(entry)' }, detail: issue?.message })
  }
  const item = checked.data as CslItem
  if (!item.title && !item.author && !item.editor && !item['container-title']) return refuse(name, { code: 'sourceRefusedEmpty' })
  return { ok: true, item }
}
