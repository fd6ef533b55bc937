import type { CiteprocCitationItem } from 'citeproc'

/**
 * CSL cite positions for a document's notes, worked out once in reading order (CSL 1.0.2, "position"): the
 * first cite of a source is "first"; a cite of the same source as the one just before it (earlier in the
 * same note, or the only cite of the note just before) is "ibid", or "ibid-with-locator" when the pinpoint
 * changes; any other is "subsequent", with the number of the note that first cited the source (OSCOLA's
 * "(n 3)") and whether that was within `nearNoteDistance` notes. citeproc formats a cite with these given
 * positions directly (makeCitationCluster), so repeated clusters are formatted once: its own incremental
 * processing of 2,000 notes re-examined every earlier note for each one.
 */

/** citeproc's position codes (CSL.POSITION_*). */
export const citePositions = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const

export interface PositionedItem extends CiteprocCitationItem {
  position: number
  'first-reference-note-number'?: number
  'near-note'?: boolean
}

const sameLocator = (a: CiteprocCitationItem, b: CiteprocCitationItem) => (a.locator ?? '') === (b.locator ?? '') && (a.label ?? '') === (b.label ?? '')

/** Each note's cites (note n is `notes[n - 1]`) with their positions. */
export function positionedNotes(notes: readonly (readonly CiteprocCitationItem[])[], nearNoteDistance = 5): PositionedItem[][] {
  const firstNote = new Map<string, number>()
  const lastNote = new Map<string, number>()
  let previous: { note: number; cites: readonly CiteprocCitationItem[] } | undefined
  return notes.map((cites, index) => {
    const note = index + 1
    const positioned = cites.map((cite, at): PositionedItem => {
      const before = at > 0 ? cites[at - 1] : previous && previous.note === note - 1 && previous.cites.length === 1 ? previous.cites[0] : undefined
      const first = firstNote.get(cite.id)
      let position: number = citePositions.subsequent
      if (first === undefined) position = citePositions.first
      else if (before && before.id === cite.id) {
        if (!cite.locator) position = before.locator ? citePositions.subsequent : citePositions.ibid
        else position = sameLocator(before, cite) ? citePositions.ibid : citePositions.ibidWithLocator
      }
      const item: PositionedItem = { ...cite, position }
      if (first !== undefined) {
        item['first-reference-note-number'] = first
        item['near-note'] = note - lastNote.get(cite.id)! <= nearNoteDistance
      } else firstNote.set(cite.id, note)
      lastNote.set(cite.id, note)
      return item
    })
    if (cites.length > 0) previous = { note, cites }
    return positioned
  })
}
