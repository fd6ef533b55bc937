import { beforeAll, describe, expect, it } from 'vitest'
import { loadCslFiles, type CslFiles } from '../../main/sources/csl-files'
import { draftFromItem, itemFromDraft, neutralCitationField } from '../sources/form'
import type { CslItem } from '../sources/types'
import { createCitationFormatter } from './format'
import { isRequired, missingFields } from './required-fields'

const draft = (type: string, fields: Partial<ReturnType<typeof draftFromItem>>) => ({ ...draftFromItem(null), type, ...fields })

describe('the source form for cases and legislation', () => {
  it('keeps court, case number, neutral citation, reporter and jurisdiction in the CSL item and reads them back', () => {
    const form = draft('legal_case', { title: 'R (Miller) v Prime Minister', authority: 'Supreme Court', number: 'UKSC 2019/0192', neutral: '[2019] UKSC 41', container: 'AC', page: '373', issued: '2019-09-24' })
    const item = itemFromDraft(form, null, 'miller')
    if (!item.ok) throw new Error(item.error.code)
    expect(item.value).toMatchObject({ type: 'legal_case', authority: 'Supreme Court', number: 'UKSC 2019/0192', [neutralCitationField]: '[2019] UKSC 41', 'container-title': 'AC', page: '373' })
    expect(draftFromItem(item.value)).toEqual(form)
    const act = itemFromDraft(draft('legislation', { title: 'On marriage and family', jurisdiction: 'Republic of Kazakhstan', number: '518-IV', issued: '2011-12-26' }), null, 'act')
    expect(act.ok && act.value).toMatchObject({ jurisdiction: 'Republic of Kazakhstan', number: '518-IV', issued: { 'date-parts': [[2011, 12, 26]] } })
  })

  it('marks what each style needs: OSCOLA a year and a neutral citation or report, GOST the court, date and number', () => {
    expect(isRequired('oscola', 'legal_case', 'issued')).toBe(true)
    expect(isRequired('oscola', 'legal_case', 'neutral')).toBe(true)
    expect(isRequired('oscola', 'legal_case', 'number')).toBe(false)
    expect(isRequired('gost-r-7-0-5-2008', 'legal_case', 'number')).toBe(true)
    expect(isRequired('gost-r-7-0-5-2008', 'legislation', 'number')).toBe(true)
    expect(isRequired('chicago-note-bibliography', 'legal_case', 'authority')).toBe(true)
    expect(isRequired('oscola', 'book', 'issued')).toBe(false)

    const bare = draft('legal_case', { title: 'Smith v Jones' })
    expect(missingFields('oscola', bare)).toEqual([['issued'], ['neutral', 'container']])
    expect(missingFields('oscola', { ...bare, issued: '2020', container: 'QB' })).toEqual([])
    expect(missingFields('gost-r-7-0-5-2008', { ...bare, issued: '2020-01-01', authority: 'Верховный суд' })).toEqual([['number']])
    expect(missingFields('gost-r-7-0-5-2008', draft('book', { title: 'x' }))).toEqual([])
  })
})

describe('citing a case with its neutral citation in its own field', () => {
  let oscola: CslFiles
  beforeAll(async () => {
    oscola = await loadCslFiles('oscola', process.cwd())
  })

  it('cites the neutral citation, not the docket number, and the report after it', () => {
    const miller: CslItem = { id: 'miller', type: 'legal_case', title: 'R (Miller) v Prime Minister', authority: 'Supreme Court', number: 'UKSC 2019/0192', [neutralCitationField]: '[2019] UKSC 41', 'container-title': 'AC', page: '373', issued: { 'date-parts': [[2019, 9, 24]] } }
    const f = createCitationFormatter({ ...oscola, items: [miller] })
    expect(f.noteText([{ sourceId: 'miller', locator: { label: 'paragraph', value: '5' } }])).toBe('R (Miller) v Prime Minister [2019] UKSC 41, AC 373 [5].')
  })
})
