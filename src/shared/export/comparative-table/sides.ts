import type { SegmentPair } from '../../editions/types'
import type { Segment } from '../../editions/units'

/**
 * The two wordings of a paired clause as a comparative table prints them and the compare view shows them:
 * the old side keeps the words the revision removed (struck through), the new side the words it added
 * (bold), each beside the words both share. Built from the alignment's word diff, so the view and the
 * exports mark the same words.
 */

export type WordMark = 'same' | 'removed' | 'added'

export interface MarkedRun {
  text: string
  mark: WordMark
}

/** One clause, sub-point, heading or paragraph of one side: its number label ("2-1.") and its marked words. */
export interface MarkedParagraph {
  key: string
  label: string
  runs: MarkedRun[]
}

/** The label a reader sees before a segment: "1." for a clause, "1)" for a sub-point, nothing for the rest. */
export function segmentLabel(segment: Segment): string {
  if (!segment.num) return ''
  return segment.kind === 'clause' ? `${segment.num}.` : segment.kind === 'subpoint' ? `${segment.num})` : ''
}

const whole = (segment: Segment, mark: WordMark): MarkedParagraph => ({ key: segment.key, label: segmentLabel(segment), runs: [{ text: segment.text, mark }] })

/** The old and new side of one segment pair; a side is null where the segment does not exist in that edition. */
export function segmentSides(pair: SegmentPair): { old: MarkedParagraph | null; new: MarkedParagraph | null } {
  const { from, to } = pair
  if (!from) return { old: null, new: to ? whole(to, 'added') : null }
  if (!to) return { old: whole(from, 'removed'), new: null }
  // Editions paired by structure (two languages) carry no diff: their wordings cannot be compared word by word.
  if (!pair.diff) return { old: whole(from, 'same'), new: whole(to, 'same') }
  const oldRuns: MarkedRun[] = []
  const newRuns: MarkedRun[] = []
  for (const change of pair.diff) {
    if (change.kind === 'same') {
      oldRuns.push({ text: change.before ?? change.text, mark: 'same' })
      newRuns.push({ text: change.text, mark: 'same' })
    } else if (change.kind === 'removed') oldRuns.push({ text: change.text, mark: 'removed' })
    else newRuns.push({ text: change.text, mark: 'added' })
  }
  return { old: { key: from.key, label: segmentLabel(from), runs: oldRuns }, new: { key: to.key, label: segmentLabel(to), runs: newRuns } }
}
