import type { Annotation, Author, Commentary } from '../annotations/types'
import type { DocumentText } from '../annotations/document-text'
import { unitOffsetAtDocOffset } from '../annotations/document-text'
import { matchQuote } from '../annotations/match-quote'
import { targetFromUnitOffsets } from '../annotations/selectors'
import { uuidOf, type ExternalAnnotation } from './web-annotation'

/** The colour of authors who came from another tool and have no Glossa identity. */
export const externalAuthorColor = '#5a5a5a'

/**
 * Places an annotation read from another tool in this document: by its article eId and offsets when they
 * still hold the same quote (a Glossa export of this text), else by finding its quote with its context
 * (as Hypothesis anchors). Null when the quote is nowhere in the text.
 */
export function placeExternal(external: ExternalAnnotation, text: DocumentText, body: Commentary, tags: string[], now: Date): Annotation | null {
  const target = locate(external, text)
  if (!target) return null
  const stamp = now.toISOString()
  const author: Author = { id: external.creatorId ?? `external:${external.creator ?? 'unknown'}`.slice(0, 200), name: (external.creator ?? '').slice(0, 200), color: externalAuthorColor }
  const valid = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : stamp)
  return {
    id: uuidOf(external.id) ?? crypto.randomUUID(),
    author,
    created: valid(external.created),
    modified: valid(external.modified ?? external.created),
    target,
    tags,
    body,
    citations: [],
    links: [],
    replies: []
  }
}

function locate(external: ExternalAnnotation, text: DocumentText) {
  const unit = external.eId ? text.units.get(external.eId) : undefined
  if (unit && external.position && external.position.end <= unit.text.length) {
    const { start, end } = external.position
    if (!external.quote || unit.text.slice(start, end) === external.quote.exact) return targetFromUnitOffsets(unit, start, end)
  }
  if (!external.quote || external.quote.exact.trim() === '') return null
  const within = unit ?? null
  const haystack = within ? within.text : text.text
  const match = matchQuote(haystack, external.quote.exact, { prefix: external.quote.prefix, suffix: external.quote.suffix })
  if (!match) return null
  if (within) return targetFromUnitOffsets(within, match.start, match.end)
  const start = unitOffsetAtDocOffset(text, match.start)
  const end = unitOffsetAtDocOffset(text, match.end)
  if (!start || !end || start.block.eId !== end.block.eId) return null
  return targetFromUnitOffsets(text.units.get(start.block.eId)!, start.unitOffset, end.unitOffset)
}
