// @vitest-environment jsdom
import { act, createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Citation } from '../../../shared/annotations/types'
import type { CslItem } from '../../../shared/sources/types'
import { mountPerTest } from './jsdom-root'
import { CitationPicker } from './CitationPicker'


const sources: CslItem[] = [
  { id: 'constitution', type: 'legislation', title: 'Constitution of the Republic of Examplestan', issued: { 'date-parts': [[2026]] } },
  { id: 'smith2019', type: 'book', title: 'Secularism and the State', author: [{ family: 'Smith', given: 'Anna' }], publisher: 'Oxford University Press', issued: { 'date-parts': [[2019]] } }
]

const mount = mountPerTest()

/** Sets a form control's value the way React notices (through the native setter, then an input event). */
function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}

/** The control of the first label that starts with `label`. */
const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(label: string) =>
  [...mount.host.querySelectorAll('label')].find((node) => node.textContent!.startsWith(label))!.querySelector('input, select, textarea') as T

describe('the citation picker', () => {
  it('builds a citation with a pinpoint and a quote, previews it in the project style, and hands it over', () => {
    const onCite = vi.fn<(citation: Citation) => void>()
    mount.render(createElement(CitationPicker, { sources, style: 'oscola', onCite }))
    act(() => type(field<HTMLSelectElement>('Source'), 'smith2019'))
    act(() => type(field<HTMLSelectElement>('Pinpoint'), 'page'))
    act(() => type(field('Pinpoint number'), '45'))
    act(() => type(field<HTMLTextAreaElement>('Quote'), 'the state is secular'))
    expect(mount.host.querySelector('[data-testid="citation-preview"]')!.textContent).toBe('Anna Smith, Secularism and the State (Oxford University Press 2019) 45.')

    act(() => mount.host.querySelector<HTMLButtonElement>('fieldset > button')!.click())
    expect(onCite).toHaveBeenCalledWith({ sourceId: 'smith2019', locator: { label: 'page', value: '45' }, quote: 'the state is secular' })
    // Ready for the next citation: pinpoint and quote are cleared, the source stays.
    expect(field('Pinpoint number').value).toBe('')
    expect((field<HTMLSelectElement>('Source')).value).toBe('smith2019')
  })

  it('cites an article of a legal act by default and leaves out an empty pinpoint', () => {
    const onCite = vi.fn<(citation: Citation) => void>()
    mount.render(createElement(CitationPicker, { sources, style: 'oscola', onCite }))
    act(() => type(field('Pinpoint number'), '19'))
    expect(mount.host.querySelector('[data-testid="citation-preview"]')!.textContent).toBe('Constitution of the Republic of Examplestan 2026 art 19.')
    act(() => type(field('Pinpoint number'), '  '))
    act(() => mount.host.querySelector<HTMLButtonElement>('fieldset > button')!.click())
    expect(onCite).toHaveBeenCalledWith({ sourceId: 'constitution' })
  })

  it('says so when the library is empty', () => {
    mount.render(createElement(CitationPicker, { sources: [], style: 'chicago-note-bibliography', onCite: () => {} }))
    expect(mount.host.textContent).toBe('The library has no sources yet: add one under Sources.')
  })
})
