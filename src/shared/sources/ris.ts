import { plugins } from '@citation-js/core'
import '@citation-js/plugin-ris'
import { checkEntry, refuse, type EntryOutcome } from './entry'

/**
 * RIS read record by record with citation-js: its file reader splits the records, each record is mapped to
 * CSL on its own (so one bad record is refused alone). Cases and statutes keep what citation-js's mapping
 * drops, read from the tags Zotero and EndNote write: the court (PB, A3), the docket number (SV, M1), the
 * reporter (T2, J2, A2) for a case; the jurisdiction (CY) and number (M1) for a statute.
 */

type RisRecord = Record<string, string | string[]>

const firstValue = (record: RisRecord, ...tags: string[]): string | undefined => {
  for (const tag of tags) {
    const value = [record[tag]].flat()[0]?.trim()
    if (value) return value
  }
  return undefined
}

function withLegalFields(item: Record<string, unknown>, record: RisRecord): Record<string, unknown> {
  const fill = (field: string, value: string | undefined) => {
    if (value && item[field] === undefined) item[field] = value
  }
  if (item['type'] === 'legal_case') {
    const court = firstValue(record, 'PB', 'A3')
    if (court && item['publisher'] === court) delete item['publisher']
    fill('authority', court)
    fill('number', firstValue(record, 'SV', 'M1'))
    fill('container-title', firstValue(record, 'T2', 'J2', 'A2'))
    if (item['page'] === undefined && item['page-first'] !== undefined) item['page'] = item['page-first']
  }
  if (['legislation', 'bill', 'regulation'].includes(String(item['type']))) {
    fill('jurisdiction', firstValue(record, 'CY'))
    fill('number', firstValue(record, 'M1'))
  }
  return item
}

/** Every record of a RIS file, each read or refused on its own. */
export function readRisEntries(text: string): EntryOutcome[] {
  const records = plugins.input.data(text, '@ris/file') as RisRecord[]
  return records.map((record, index) => {
    const name = firstValue(record, 'TI', 'T1', 'CT') ?? `#${index + 1}`
    try {
      const [item] = plugins.input.chain(record, { forceType: '@ris/record', generateGraph: false }) as Record<string, unknown>[]
      return checkEntry(withLegalFields({ ...item }, record), index)
    } catch (error) {
      return refuse(name, { code: 'sourceRefusedRecord', params: { format: 'RIS' }, detail: (error as Error).message.split('\n')[0] })
    }
  })
}
