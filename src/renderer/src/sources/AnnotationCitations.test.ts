// @vitest-environment jsdom
import { act, createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Citation } from '../../../shared/annotations/types'
import type { CslItem } from '../../../shared/sources/types'
import { mountPerTest } from './jsdom-root'
import { AnnotationCitations } from './AnnotationCitations'


const sources: CslItem[] = [
  { id: 'smith2019', type: 'book', title: 'Secularism and the State', author: [{ family: 'Smith', given: 'Anna' }], publisher: 'Oxford University Press', issued: { 'date-parts': [[2019]] } },
  { id: 'hostile', type: 'book', title: '<img src=x onerror="window.pwned=1">Hostile', issued: { 'date-parts': [[2020]] } }
]

const mount = mountPerTest()

function show(citations: Citation[], onChange = vi.fn(), style: 'oscola' | 'chicago-note-bibliography' = 'oscola') {
  mount.render(createElement(AnnotationCitations, { citations, sources, style, onChange }))
  return onChange
}

const notes = () => [...mount.host.querySelectorAll('[data-testid="annotation-citation"]')].map((node) => node.textContent)

describe('the citations of an annotation', () => {
  it('shows each citation as a note in the project style, with its pinpoint and quote', () => {
    show([{ sourceId: 'smith2019', locator: { label: 'page', value: '12' }, quote: 'apart from every faith' }])
    expect(notes()).toEqual(['Anna Smith, Secularism and the State (Oxford University Press 2019) 12.'])
    expect(mount.host.querySelector('.citation-quote')!.textContent).toBe('apart from every faith')
    show([{ sourceId: 'smith2019', locator: { label: 'page', value: '12' } }], vi.fn(), 'chicago-note-bibliography')
    // Chicago's full notes (18th edition): the first citation of a source is given in full.
    expect(notes()).toEqual(['Anna Smith, Secularism and the State (Oxford University Press, 2019), 12.'])
  })

  it('removes exactly the citation whose button is pressed', () => {
    const first: Citation = { sourceId: 'smith2019', locator: { label: 'page', value: '1' } }
    const second: Citation = { sourceId: 'smith2019', locator: { label: 'page', value: '2' } }
    const onChange = show([first, second])
    act(() => mount.host.querySelector<HTMLButtonElement>('button[aria-label="Remove citation 1"]')!.click())
    expect(onChange).toHaveBeenCalledWith([second])
  })

  it('adds what the picker cites after the existing citations', () => {
    const existing: Citation = { sourceId: 'smith2019' }
    const onChange = show([existing])
    const cite = [...mount.host.querySelectorAll('button')].find((button) => button.textContent === 'Cite')!
    act(() => cite.click())
    expect(onChange).toHaveBeenCalledWith([existing, { sourceId: 'smith2019' }])
  })

  it('shows markup in a source title as text and names a source no longer in the library', () => {
    show([{ sourceId: 'hostile' }, { sourceId: 'gone' }])
    expect(mount.host.querySelector('.annotation-citations img')).toBeNull()
    // citeproc title-cases the title; what matters is that it arrives as text.
    expect(notes()[0]).toMatch(/<img src=x/i)
    expect(mount.host.textContent).toContain('Source “gone” is no longer in the library.')
  })
})
