import { describe, expect, it } from 'vitest'
import { stemmerFor } from './stem'
import { stemKazakh } from './stem-kk'

/**
 * Word lists written for these tests: each line is one word's forms, as they occur in constitutional texts;
 * every form of a line must meet at one stem, and different words must not.
 */
const kazakh = [
  'неке некеге некенің некені некеде некеден некемен',
  'құқық құқығы құқығын құқықтары құқықтарының құқыққа құқығына құқықтар құқықтардың',
  'азамат азаматтар азаматтардың азаматы азаматқа азаматтың азаматтарға азаматтарымыз',
  'мемлекет мемлекеттің мемлекетке мемлекеті мемлекетте мемлекеттен',
  'конституция конституцияның конституцияда конституцияға конституциясы конституцияны конституциясын',
  'бостандық бостандығы бостандықтар бостандықтары бостандыққа бостандығын',
  'заң заңның заңы заңдар заңға заңда заңдардың',
  'сот соттың сотқа сотта соттан соттар',
  'бап бабы бабында баптың баптар бапқа',
  'қоғам қоғамның қоғамда қоғамға',
  'тіл тілі тілдің тілге тілдер',
  'кітап кітабы кітаптар кітабымыз'
]

const russian = [
  'брак брака браком браке браки браков',
  'конституция конституции конституцией конституцию',
  'свобода свободы свободе свободу свободой свобод свободами',
  'гражданин гражданина гражданину гражданином',
  'государство государства государству государством государстве',
  'право права праву правом праве',
  'закон закона закону законом законе законы законов',
  'суд суда суду судом суде суды судов',
  'семья семьи семье семью семьей',
  'статья статьи статье статью статьей статей'
]

const english = [
  'marriage marriages',
  'right rights',
  'citizen citizens',
  'freedom freedoms',
  'constitution constitutions constitutional',
  'court courts',
  'law laws',
  'guarantee guarantees guaranteed guaranteeing',
  'protect protects protected protection',
  'elect elected election elections',
  'state states',
  'family families',
  'amend amended amendment amendments',
  'vote votes voted voting',
  'property properties',
  'referendum referendums',
  'deputy deputies',
  'judge judges judged',
  'religion religions',
  'decree decrees',
  'person persons'
]

function checkForms(lines: string[], stem: (word: string) => string) {
  const stems = lines.map((line) => {
    const forms = line.split(' ')
    const of = forms.map(stem)
    expect(new Set(of), `${line}: ${forms.map((form, i) => `${form}->${of[i]}`).join(' ')}`).toHaveProperty('size', 1)
    return of[0]
  })
  expect(new Set(stems).size, `stems: ${stems.join(' ')}`).toBe(lines.length)
  return lines.flatMap((line) => line.split(' ')).length
}

describe('stemming for search', () => {
  it('brings the case, possessive and plural forms of Kazakh nouns to one stem', () => {
    expect(checkForms(kazakh, stemKazakh)).toBeGreaterThanOrEqual(50)
  })

  it('reads a stem-final sound as the stem, not as an ending (азаматы is азамат + ы)', () => {
    expect(stemKazakh('азаматы')).toBe('азамат')
    expect(stemKazakh('мемлекеті')).toBe('мемлекет')
    expect(stemKazakh('қоғам')).toBe('қоғам')
    expect(stemKazakh('неке')).toBe('неке')
  })

  it('brings Russian forms to one stem (Snowball)', () => {
    expect(checkForms(russian, stemmerFor('ru'))).toBeGreaterThanOrEqual(50)
  })

  it('brings English forms to one stem (Snowball)', () => {
    expect(checkForms(english, stemmerFor('en'))).toBeGreaterThanOrEqual(50)
  })

  it('stems by the word: Latin words in a Russian text as English, Kazakh letters as Kazakh', () => {
    const stem = stemmerFor('ru')
    expect(stem('rights')).toBe(stem('right'))
    expect(stem('құқықтары')).toBe('құқық')
    expect(stemmerFor('kk')('некеге')).toBe('неке')
    expect(stem('2026')).toBe('2026')
  })
})
