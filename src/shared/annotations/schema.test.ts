import { describe, expect, it } from 'vitest'
import { commentarySchema, isSafeHref } from './commentary-schema'
import { createAnnotation, commentaryText } from './model'
import { annotationSchema } from './schema'
import type { Annotation } from './types'

const target = {
  eId: 'art_5',
  quote: { type: 'TextQuoteSelector' as const, exact: 'secular state', prefix: 'The Republic is a ', suffix: '.' },
  position: { type: 'TextPositionSelector' as const, start: 18, end: 31 }
}
const author = { id: 'author-1', name: 'A. Scholar', color: '#2f5d8a' }

function richAnnotation(): Annotation {
  const annotation = createAnnotation({ target, author, tags: ['tag-secularism'], now: new Date('2026-11-23T10:00:00Z'), id: 'note-1' })
  annotation.body = {
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Compare ', marks: [{ type: 'strong' }] }, { type: 'text', text: 'the 1995 text', marks: [{ type: 'link', attrs: { href: 'https://example.org/1995' } }] }] },
        { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one point', marks: [{ type: 'em' }] }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a quoted view' }] }] }
      ]
    }
  }
  annotation.citations = [{ sourceId: 'venice-2026', locator: { label: 'paragraph', value: '41' }, quote: 'secularism' }]
  annotation.links = ['art_19']
  return annotation
}

describe('annotationSchema', () => {
  it('accepts a full annotation with rich commentary, citations and links, unchanged', () => {
    const annotation = richAnnotation()
    expect(annotationSchema.parse(annotation)).toEqual(annotation)
    expect(commentaryText(annotation.body)).toBe('Compare the 1995 text\none point\na quoted view')
  })

  it.each([
    ['a javascript: link', (a: Annotation) => (a.body.doc.content![0]!.content![1]!.marks = [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])],
    ['a node type outside the commentary schema', (a: Annotation) => (a.body.doc.content![0]!.type = 'script')],
    ['CSS smuggled in as an author colour', (a: Annotation) => (a.author.color = 'red; position: fixed')],
    ['a target whose end comes before its start', (a: Annotation) => (a.target.position = { type: 'TextPositionSelector', start: 9, end: 3 })],
    ['an empty quote', (a: Annotation) => (a.target.quote.exact = '')]
  ])('refuses %s', (_name, damage) => {
    const annotation = richAnnotation()
    damage(annotation)
    expect(annotationSchema.safeParse(annotation).success).toBe(false)
  })
})

describe('commentary links', () => {
  it('allow only http, https and mailto', () => {
    expect(['https://example.org', 'http://example.org/a?b=c', 'mailto:someone@example.org'].every(isSafeHref)).toBe(true)
    expect(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'https://a b', ''].some(isSafeHref)).toBe(false)
  })

  it('cannot be made with an unsafe address', () => {
    expect(() => commentarySchema.marks.link.create({ href: 'javascript:alert(1)' })).toThrow(RangeError)
  })
})
