import { commentaryText } from '../annotations/model'
import type { Annotation } from '../annotations/types'
import { neutralCitationField } from '../sources/form'
import type { CslItem, CslName } from '../sources/types'
import type { SearchText } from './search'

/**
 * What the search reads of a project besides its legal text: each note's commentary and discussion, and each
 * source's describing fields. Labels name where a hit is: the note's article, the source's title.
 */

/** Each annotation with words of its own (commentary or replies), labelled by its article. */
export function noteTexts(annotations: Iterable<Annotation>, articleLabel: (eId: string) => string): SearchText[] {
  const texts: SearchText[] = []
  for (const annotation of annotations) {
    const text = [commentaryText(annotation.body), ...annotation.replies.map((reply) => commentaryText(reply.body))].filter(Boolean).join('\n')
    if (text) texts.push({ id: annotation.id, label: articleLabel(annotation.target.eId), text })
  }
  return texts
}

const nameText = (name: CslName) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ')

/** The fields of a source a reader would search for: title, names, where it was published, court and number. */
const sourceFields = ['title', 'container-title', 'publisher', 'authority', 'number', neutralCitationField, 'jurisdiction', 'note', 'abstract'] as const

export function sourceTexts(sources: Iterable<CslItem>): SearchText[] {
  const texts: SearchText[] = []
  for (const source of sources) {
    const names = [...(source.author ?? []), ...(source.editor ?? [])].map(nameText)
    const fields = sourceFields.map((field) => source[field]).filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    const text = [...fields, ...names].join('\n')
    if (text) texts.push({ id: source.id, label: source.title ?? source.id, text })
  }
  return texts
}
