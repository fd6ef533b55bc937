/** The Akoma Ntoso 3.0 (OASIS LegalDocML) namespace, and Glossa's own for what AKN has no place for. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
export const glossaNamespace = 'https://glossa.app/ns/akn-extension/1'

/**
 * How Glossa's unit kinds are named in AKN: a numbered clause is an AKN `paragraph`, a sub-point a `point`.
 * Loose paragraphs inside a unit go in `content` (a unit with no sub-units), else `intro` before the first
 * sub-unit, `wrapUp` after the last, and an `hcontainer name="text"` in between.
 */
export const aknElements = {
  part: 'part',
  chapter: 'chapter',
  article: 'article',
  clause: 'paragraph',
  subpoint: 'point'
} as const

/** The Glossa unit kind an AKN element stands for. */
export const unitKindOfElement: Record<string, keyof typeof aknElements> = {
  part: 'part',
  chapter: 'chapter',
  article: 'article',
  paragraph: 'clause',
  point: 'subpoint'
}
