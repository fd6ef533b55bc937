import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { checkEntry, entryName, refuse, type EntryOutcome } from './entry'

/**
 * CSL-JSON as Zotero and Better BibTeX write it, entry by entry: each item is brought up to date by
 * citation-js (old CSL field spellings) and checked on its own; dates are tidied by `checkEntry`.
 */

/** Every item of a CSL-JSON list (or the one item of a file holding a single object). */
export function readCslJsonEntries(data: unknown): EntryOutcome[] {
  const list: unknown[] = Array.isArray(data) ? data : [data]
  return list.map((entry, index) => {
    // citation-js would turn anything into an entry: an entry must be an object before it sees it.
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return refuse(`#${index + 1}`, { code: 'sourceRefusedNotEntry' })
    const fields = entry as Record<string, unknown>
    try {
      const [upgraded] = plugins.input.chain([fields], { forceType: '@csl/list+object', generateGraph: false }) as Record<string, unknown>[]
      return checkEntry({ ...upgraded }, index)
    } catch (error) {
      return refuse(entryName(fields, index), { code: 'sourceRefusedField', params: { field: '(entry)' }, detail: (error as Error).message.split('\n')[0] })
    }
  })
}
