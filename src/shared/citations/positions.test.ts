import { describe, expect, it } from 'vitest'
import { citePositions, positionedNotes } from './positions'

const { first, subsequent, ibid, ibidWithLocator } = citePositions
const cite = (id: string, page?: string) => (page ? { id, locator: page, label: 'page' } : { id })
const positions = (notes: { id: string; locator?: string }[][]) => positionedNotes(notes).map((items) => items.map((item) => item.position))

describe('positionedNotes', () => {
  it('gives first, ibid, ibid with locator and subsequent as CSL defines them', () => {
    expect(positions([[cite('a', '1')], [cite('a', '1')], [cite('a', '2')], [cite('a')], [cite('b')], [cite('a', '3')]])).toEqual([[first], [ibid], [ibidWithLocator], [subsequent], [first], [subsequent]])
  })

  it('gives ibid within a note, never after a note citing two sources or across a note without citations', () => {
    expect(positions([[cite('a'), cite('a')], [cite('a'), cite('b')], [cite('b')], [], [cite('b')]])).toEqual([[first, ibid], [subsequent, first], [subsequent], [], [subsequent]])
  })

  it('remembers the note of the first reference and whether it is near', () => {
    const notes = positionedNotes([[cite('a')], [cite('b')], [], [], [], [], [cite('a')], [cite('b')]])
    expect(notes[6]![0]).toMatchObject({ position: subsequent, 'first-reference-note-number': 1, 'near-note': false })
    expect(notes[7]![0]).toMatchObject({ position: subsequent, 'first-reference-note-number': 2, 'near-note': false })
    expect(positionedNotes([[cite('a')], [cite('b')], [cite('a')]])[2]![0]).toMatchObject({ 'near-note': true })
  })
})
