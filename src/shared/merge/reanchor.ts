import { anchorTarget } from '../annotations/anchor'
import { buildDocumentText } from '../annotations/document-text'
import type { Annotation } from '../annotations/types'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'
import { alignEditions } from '../editions/align'
import { carryNote } from '../editions/carry'
import type { ProjectFile } from '../project/schema'
import { clocksOf, fieldClock } from './clocks'
import { entryKey } from './entries'

/** A colleague's project moved onto my version of the text, and what could not be placed in it. */
export interface Reanchored {
  project: ProjectFile
  /** Annotations whose target now reads differently (their quote was found elsewhere or approximately). */
  moved: number
  /** Ids of annotations whose quote is nowhere in my text: kept with their old target, shown as orphans. */
  orphans: string[]
}

/**
 * Before merging a file that annotates another version of the text, each of its annotations is carried to
 * my text through the alignment of their edition with mine (src/shared/editions: never by the stored eId
 * alone, which a renumbering gives to another article) and its target rewritten to where it lands; a file
 * without its text falls back to anchoring by quote. The merge then compares like with like; clocks are left as they were.
 * A target both files share (the same write, by its clock) already fits my text and is left alone.
 */
export function reanchorInto(theirs: ProjectFile, mine: ProjectFile & { document: { content: DocJSON } }): Reanchored {
  const alignment = theirs.document ? alignEditions(theirs.document.content, mine.document.content, { language: mine.document.language }) : null
  let text: ReturnType<typeof buildDocumentText> | null = null
  const place = (annotation: Annotation) => {
    if (alignment) {
      const carried = carryNote(alignment, annotation)
      return carried.status === 'orphaned' ? null : carried.target
    }
    text ??= buildDocumentText(legalSchema.nodeFromJSON(mine.document.content))
    return anchorTarget(text, annotation.target)?.target ?? null
  }
  const sameWrite = (id: string) => {
    const key = entryKey('annotation', id)
    return mine.sync.clocks[key] !== undefined && fieldClock(clocksOf(mine.sync, key), 'target') === fieldClock(clocksOf(theirs.sync, key), 'target')
  }
  let moved = 0
  const orphans: string[] = []
  const annotations = (theirs.annotations as Annotation[]).map((annotation) => {
    if (sameWrite(annotation.id)) return annotation
    const target = place(annotation)
    if (!target) {
      orphans.push(annotation.id)
      return annotation
    }
    if (JSON.stringify(target) === JSON.stringify(annotation.target)) return annotation
    moved++
    return { ...annotation, target }
  })
  return { project: { ...theirs, annotations } as ProjectFile, moved, orphans }
}
