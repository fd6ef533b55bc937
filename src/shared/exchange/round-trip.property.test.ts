import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { webAnnotationChecker } from '../../main/exchange/web-annotation-musts'
import { targetFromUnitOffsets } from '../annotations/selectors'
import type { Annotation, Author, Citation, LocatorLabel, Reply, Tag } from '../annotations/types'
import type { DocJSON } from '../document/types'
import { commentaryFromHtml } from './commentary-from-html'
import { baseProject, documentText } from './fixtures/project'
import { exportWebAnnotations, importAnnotations, readWebAnnotations } from './web-annotation'

/**
 * Any project Glossa can hold goes out as Web Annotations that meet the W3C MUSTs and comes back the same:
 * random targets, commentary with markup characters in three languages, nested tags, citations with
 * pinpoints, article links, replies and odd ids.
 */

const checker = webAnnotationChecker()
const units = [...documentText.units.values()].filter((unit) => unit.text.trim().length > 0)
const articles = units.map((unit) => unit.eId).filter((eId) => eId.startsWith('art_'))

const tags: Tag[] = [
  { id: 'tag-a', name: 'Values', color: '#2ca02c', description: '', parentId: null },
  { id: 'tag-b', name: 'Secularism', color: '#9467bd', description: '', parentId: 'tag-a' },
  { id: 'tag-c', name: 'Courts', color: '#9467bd', description: '', parentId: 'tag-b' },
  { id: 'tag-d', name: 'Құқықтар', color: '#1f77b4', description: '', parentId: null },
  { id: 'tag-e', name: 'Secularism', color: '#1f77b4', description: '', parentId: 'tag-d' }
]

const word = fc.constantFrom('law', 'Бап', 'құқық', 'Ұлттық', '<b>', 'a&b', '"q"', "it's", 'x>y', '§ 12', 'https://x', '😀')
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '))
const mark = fc.constantFrom<DocJSON['marks']>([], [{ type: 'strong' }], [{ type: 'em' }], [{ type: 'strong' }, { type: 'em' }], [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }])
// Commentary as the editor makes it: words separated by single spaces, marks on whole words.
const paragraph = fc.array(fc.tuple(words, mark), { minLength: 1, maxLength: 3 }).map((runs) => {
  const content: DocJSON[] = []
  runs.forEach(([text, marks], index) => {
    const spaced = index < runs.length - 1 ? `${text} ` : text
    const last = content.at(-1)
    // Neighbouring texts with the same marks are one text node in ProseMirror.
    if (last && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += spaced
    else content.push({ type: 'text', text: spaced, ...(marks!.length ? { marks } : {}) })
  })
  return { type: 'paragraph', content }
})
const commentary = fc.array(paragraph, { maxLength: 3 }).map((content) => ({ doc: { type: 'doc', content } }))
const author = fc.constantFrom<Author>(
  { id: 'author-aigerim', name: 'Aigerim', color: '#1f77b4' },
  { id: 'acct:jane@hypothes.is', name: 'Jane Roe', color: '#5a5a5a' },
  { id: 'id with space', name: 'Omar «Q»', color: '#d62728' }
)
const date = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }).map((time) => new Date(time).toISOString())
const locatorLabel = fc.constantFrom<LocatorLabel>('page', 'paragraph', 'section', 'chapter', 'article', 'clause', 'line', 'note')
const citation: fc.Arbitrary<Citation> = fc.record(
  { sourceId: fc.constant('src-1'), locator: fc.record({ label: locatorLabel, value: fc.constantFrom('12', '3-4', 'iv', '12 ff.') }), quote: words },
  { requiredKeys: ['sourceId'] }
)
const target = fc
  .tuple(fc.constantFrom(...units), fc.nat(), fc.nat())
  .map(([unit, a, b]) => {
    const start = a % unit.text.length
    const end = start + 1 + (b % (unit.text.length - start))
    return targetFromUnitOffsets(unit, start, end)
  })
  .filter((candidate) => candidate.quote.exact.trim().length > 0)
const reply = (id: string): fc.Arbitrary<Reply> => fc.record({ id: fc.constant(id), author, created: date, modified: date, body: commentary })
const annotation = (id: string, replyIds: string[]): fc.Arbitrary<Annotation> =>
  fc.record({
    id: fc.constant(id),
    author,
    created: date,
    modified: date,
    target,
    tags: fc.uniqueArray(fc.constantFrom(...tags.map((tag) => tag.id)), { maxLength: 3 }),
    body: commentary,
    citations: fc.array(citation, { maxLength: 2 }),
    links: fc.uniqueArray(fc.constantFrom(...articles), { maxLength: 2 }),
    replies: fc.tuple(...replyIds.map(reply)).map((list) => [...list].sort((x, y) => x.created.localeCompare(y.created)))
  })
const ids = fc.uniqueArray(fc.oneof(fc.uuid(), fc.constantFrom('ann-1', 'ann 2', 'https://hypothes.is/a/Xy_1', 'urn:uuid:already')), { minLength: 1, maxLength: 12 })
const project = ids.chain((list) => {
  const [annotationIds, replyIds] = [list.filter((_, index) => index % 3 !== 2), list.filter((_, index) => index % 3 === 2)]
  const replyShare = (index: number) => replyIds.filter((_, reply) => reply % annotationIds.length === index)
  return fc.tuple(...annotationIds.map((id, index) => annotation(id, replyShare(index)))).map((annotations) => ({ ...baseProject, tags, annotations }))
})

function roundTrip(from: typeof baseProject) {
  const exported = JSON.parse(JSON.stringify(exportWebAnnotations(from)))
  const read = readWebAnnotations(exported)
  if (!read.ok) throw new Error(read.error.code)
  return { exported, imported: importAnnotations({ ...baseProject, tags }, read.value, { text: documentText, fromHtml: commentaryFromHtml, now: new Date('2026-12-01T00:00:00Z') }) }
}

const withoutColours = (annotations: Annotation[]) =>
  annotations.map((item) => ({ ...item, author: { ...item.author, color: '' }, replies: item.replies.map((one) => ({ ...one, author: { ...one.author, color: '' } })) }))

describe('Web Annotation round trip, for any project', () => {
  it('exports what meets the MUSTs and reads back to the same annotations', () => {
    fc.assert(
      fc.property(project, (original) => {
        const { exported, imported } = roundTrip(original)
        expect(checker.collectionFailures(exported)).toEqual([])
        expect(imported.report).toMatchObject({ refused: [], leftOut: [], updated: 0 })
        expect(withoutColours(imported.annotations)).toEqual(withoutColours(original.annotations))
        expect(imported.tags).toEqual(tags)
      }),
      { numRuns: 40 }
    )
  }, 60_000)
})
