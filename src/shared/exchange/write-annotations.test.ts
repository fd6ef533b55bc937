import { describe, expect, it } from 'vitest'
import { webAnnotationChecker } from '../../main/exchange/web-annotation-musts'
import type { Annotation, Tag } from '../annotations/types'
import { commentaryFromHtml } from './commentary-from-html'
import { commentaryToHtml } from './commentary-html'
import { baseProject, documentText, richProject } from './fixtures/project'
import { exportWebAnnotations, importAnnotations, readWebAnnotations } from './web-annotation'

const checker = webAnnotationChecker()
const now = new Date('2026-12-01T00:00:00Z')
type Json = Record<string, unknown>
const itemsOf = (collection: Json) => (collection['first'] as { items: Json[] }).items
const byId = (collection: Json, id: string) => itemsOf(collection).find((item) => item['id'] === id)!

/** Through a file and back: JSON text, read, placed in `into`. */
function roundTrip(into: typeof baseProject, from = richProject()) {
  const read = readWebAnnotations(JSON.parse(JSON.stringify(exportWebAnnotations(from))))
  if (!read.ok) throw new Error(read.error.code)
  return importAnnotations(into, read.value, { text: documentText, fromHtml: commentaryFromHtml, now })
}

/** An annotation with its tags as paths and its authors without colours, to compare across projects. */
function comparable(annotations: Annotation[], tags: Tag[]) {
  const byTagId = new Map(tags.map((tag) => [tag.id, tag]))
  const path = (id: string): string => {
    const tag = byTagId.get(id)!
    return tag.parentId ? `${path(tag.parentId)}/${tag.name}` : tag.name
  }
  const person = ({ id, name }: { id: string; name: string }) => ({ id, name })
  return annotations.map((annotation) => ({
    ...annotation,
    author: person(annotation.author),
    tags: annotation.tags.map(path).sort(),
    replies: annotation.replies.map((reply) => ({ ...reply, author: person(reply.author) }))
  }))
}

describe('Web Annotation export', () => {
  it('meets every MUST assertion of the W3C test suite, collection and page included', () => {
    expect(checker.collectionFailures(exportWebAnnotations(richProject()))).toEqual([])
    expect(checker.collectionFailures(exportWebAnnotations(baseProject))).toEqual([])
  })

  it('the checker does fail what the issue found: an empty body, no ids', () => {
    const broken = exportWebAnnotations(richProject())
    byId(broken, 'urn:uuid:ann-highlight')['body'] = []
    delete broken['id']
    const failures = checker.collectionFailures(broken)
    expect(failures).toContain('collection: no id (a single IRI)')
    expect(failures.filter((failure) => failure.startsWith('urn:uuid:ann-highlight')).length).toBeGreaterThan(10)
  })

  it('gives ids and motivations, and writes a highlight without a body', () => {
    const exported = exportWebAnnotations(richProject())
    expect(exported).toMatchObject({ id: 'urn:glossa:project:proj-exchange:annotations', total: 7, first: { id: 'urn:glossa:project:proj-exchange:annotations:page-1', type: 'AnnotationPage' } })
    const highlight = byId(exported, 'urn:uuid:ann-highlight')
    expect(highlight['motivation']).toBe('highlighting')
    expect(highlight).not.toHaveProperty('body')
    expect(byId(exported, 'urn:uuid:ann-tag-only')['motivation']).toBe('tagging')
    expect(byId(exported, 'urn:uuid:ann-link-only')['motivation']).toBe('linking')
    expect(byId(exported, 'urn:uuid:ann-comment')['motivation']).toBe('commenting')
  })

  it('writes replies as annotations replying to their parent', () => {
    expect(byId(exportWebAnnotations(richProject()), 'urn:uuid:rep-2')).toMatchObject({
      motivation: 'replying',
      target: 'urn:uuid:ann-comment',
      creator: { id: 'urn:uuid:author-aigerim', name: 'Aigerim' },
      body: [{ type: 'TextualBody', format: 'text/html', value: '<p>Thanks.</p><p>Second paragraph.</p>' }]
    })
  })

  it('writes tags with their path, citations with their source and pinpoint, article links as fragments', () => {
    const body = byId(exportWebAnnotations(richProject()), 'urn:uuid:ann-comment')['body'] as Json[]
    expect(body.filter((item) => item['purpose'] === 'tagging').map((item) => item['value'])).toEqual(['Values > Secularism', 'Values'])
    expect(body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'urn:glossa:source:src-1', type: 'Text', title: 'Constitutional Design' },
      selector: [{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=12' }, { type: 'TextQuoteSelector', exact: 'design matters' }]
    })
    expect(body).toContainEqual(expect.objectContaining({ source: 'urn:glossa:project:proj-exchange', selector: expect.objectContaining({ type: 'FragmentSelector', value: 'art_4' }) }))
  })

  it('round-trips into an empty project losing nothing: replies, citations, links, tag parents', () => {
    const original = richProject()
    const { annotations, tags, report } = roundTrip(baseProject, original)
    expect(report).toMatchObject({ accepted: 7, updated: 0, unchanged: 0, refused: [], leftOut: [] })
    expect(comparable(annotations, tags)).toEqual(comparable(original.annotations as Annotation[], original.tags as Tag[]))
  })

  it('round-trips into the project it came from as unchanged', () => {
    const original = richProject()
    const { annotations, tags, report } = roundTrip(original, original)
    expect(report).toMatchObject({ accepted: 0, updated: 0, unchanged: 7, refused: [] })
    expect(annotations).toEqual(original.annotations)
    expect(tags).toEqual(original.tags)
  })

  it('writes commentary HTML with every text escaped and unsafe links dropped', () => {
    const html = commentaryToHtml({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }, { type: 'text', text: 'go', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]
    })
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;go</p>')
  })
})
