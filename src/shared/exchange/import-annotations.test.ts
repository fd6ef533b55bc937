import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commentaryText } from '../annotations/model'
import type { Annotation, Tag } from '../annotations/types'
import type { ProjectFile } from '../project/schema'
import { commentaryFromHtml } from './commentary-from-html'
import { baseProject, documentText } from './fixtures/project'
import { importAnnotations, readWebAnnotations, type AnnotationImport } from './web-annotation'

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'))
const now = new Date('2026-12-01T00:00:00Z')

function importInto(project: ProjectFile, data: unknown): AnnotationImport {
  const read = readWebAnnotations(data)
  if (!read.ok) throw new Error(read.error.code)
  return importAnnotations(project, read.value, { text: documentText, fromHtml: commentaryFromHtml, now })
}
const adopt = (project: ProjectFile, outcome: AnnotationImport): ProjectFile => ({ ...project, annotations: outcome.annotations, tags: outcome.tags })
const find = (outcome: AnnotationImport, id: string) => outcome.annotations.find((annotation) => annotation.id === id)
const tagPath = (tags: Tag[], id: string): string => {
  const tag = tags.find((candidate) => candidate.id === id)!
  return tag.parentId ? `${tagPath(tags, tag.parentId)} > ${tag.name}` : tag.name
}
const refusals = (outcome: AnnotationImport) => outcome.report.refused.map((note) => [note.id, note.code])

describe('importing a Hypothesis export', () => {
  const hypothesis = fixture('hypothesis-export.json')
  /** Hypothesis's bare ids, as the IRIs its JSON-LD gives them (found from the entries' `links.html`). */
  const h = (id: string) => `https://hypothes.is/a/${id}`

  it('places annotations by quote and context, in the article the context names', () => {
    const outcome = importInto(baseProject, hypothesis)
    expect(find(outcome, h('Hx1aAAAA'))?.target).toMatchObject({ eId: 'art_1', quote: { exact: 'secular state' } })
    expect(find(outcome, h('Hx4dDDDD'))?.target).toMatchObject({ eId: 'art_4', quote: { exact: 'The rights of everyone are protected by law.' } })
    expect(find(outcome, h('Hx1aAAAA'))?.author).toMatchObject({ id: 'acct:jane@hypothes.is', name: 'Jane Roe' })
    expect(commentaryText(find(outcome, h('Hx1aAAAA'))!.body)).toContain('See the second article.')
  })

  it('puts replies, and replies to replies, under the annotation their thread starts from', () => {
    const replies = find(importInto(baseProject, hypothesis), h('Hx1aAAAA'))!.replies
    expect(replies.map((reply) => [reply.id, reply.author.name, commentaryText(reply.body)])).toEqual([
      [h('Hx2bBBBB'), 'Omar', 'I agree.'],
      [h('Hx3cCCCC'), 'Jane Roe', 'Thanks, Omar.']
    ])
  })

  it('makes tags by their path, once', () => {
    const outcome = importInto(baseProject, hypothesis)
    expect(find(outcome, h('Hx1aAAAA'))!.tags.map((id) => tagPath(outcome.tags, id))).toEqual(['secularism', 'Values > Religion'])
    expect(outcome.tags.map((tag) => tag.name).sort()).toEqual(['Religion', 'Values', 'secularism'])
  })

  it('refuses what it cannot place, entry by entry, and says why', () => {
    const outcome = importInto(baseProject, hypothesis)
    expect(outcome.report).toMatchObject({ accepted: 4, updated: 0, unchanged: 0 })
    expect(refusals(outcome)).toEqual([
      [h('Hx5eEEEE'), 'webImportQuoteNotFound'],
      [h('Hx7gGGGG'), 'webImportNothingToAnchor'],
      [h('Hx6fFFFF'), 'webImportReplyParentMissing']
    ])
  })

  it('importing the same file twice adds nothing', () => {
    const once = adopt(baseProject, importInto(baseProject, hypothesis))
    const twice = importInto(once, hypothesis)
    expect(twice.report).toMatchObject({ accepted: 0, updated: 0, unchanged: 4 })
    expect(twice.annotations).toEqual(once.annotations)
    expect(twice.tags).toEqual(once.tags)
  })

  it('the same annotation from the JSON-LD of Hypothesis updates what its API export brought, not a duplicate', () => {
    const once = adopt(baseProject, importInto(baseProject, hypothesis))
    const jsonld = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/Hx1aAAAA',
      created: '2026-11-20T09:00:00.000000+00:00',
      modified: '2026-11-28T09:00:00.000000+00:00',
      creator: 'acct:jane@hypothes.is',
      body: [{ type: 'TextualBody', value: 'Edited on the web.', format: 'text/markdown' }, { type: 'TextualBody', value: 'secularism', purpose: 'tagging' }],
      target: [{ source: 'https://example.org/charter', selector: [{ type: 'TextQuoteSelector', exact: 'secular state', prefix: 'Examplestan is a ', suffix: '. The rights' }] }]
    }
    const outcome = importInto(once, jsonld)
    expect(outcome.report).toMatchObject({ accepted: 0, updated: 1 })
    expect(outcome.annotations).toHaveLength(once.annotations.length)
    expect(commentaryText(find(outcome, h('Hx1aAAAA'))!.body)).toBe('Edited on the web.')
  })

  it('a newer version updates the annotation; a project copy edited later is kept', () => {
    const once = adopt(baseProject, importInto(baseProject, hypothesis))
    const edited = structuredClone(hypothesis) as { annotations: Record<string, unknown>[] }
    edited.annotations[0]!['text'] = 'Revised in Hypothesis.'
    edited.annotations[0]!['updated'] = '2026-11-29T00:00:00+00:00'
    const updated = importInto(once, edited)
    expect(updated.report).toMatchObject({ accepted: 0, updated: 1, unchanged: 3 })
    expect(commentaryText(find(updated, h('Hx1aAAAA'))!.body)).toBe('Revised in Hypothesis.')
    expect(find(updated, h('Hx1aAAAA'))!.replies).toHaveLength(2)

    const localEdit = { ...once, annotations: once.annotations.map((annotation): Annotation => (annotation.id === h('Hx1aAAAA') ? { ...annotation, body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mine.' }] }] } }, modified: '2026-11-30T12:00:00.000Z' } : annotation)) }
    const kept = importInto(localEdit, edited)
    expect(commentaryText(find(kept, h('Hx1aAAAA'))!.body)).toBe('Mine.')
  })
})

describe('importing the shapes other W3C clients write', () => {
  const shapes = fixture('w3c-shapes.jsonld')
  const outcome = importInto(baseProject, shapes)
  const byId = (id: string) => find(outcome, id)

  it('reads an IRI target with a fragment as the whole article, and bodyValue as commentary', () => {
    const annotation = byId('https://annotations.example/anno/iri-fragment')!
    expect(annotation.target).toMatchObject({ eId: 'art_3', quote: { exact: documentText.units.get('art_3')!.text } })
    expect(commentaryText(annotation.body)).toBe('The whole of this article needs a second look.')
  })

  it('looks for the quote in the article its selector names first, with a source object and a body type list', () => {
    const annotation = byId('https://annotations.example/anno/fragment-refined')!
    expect(annotation.target.eId).toBe('art_2')
    expect(annotation.target.quote.exact).toBe('The rights of everyone are protected by law.')
    expect(annotation.body.doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'This is the ' }, { type: 'text', text: 'second', marks: [{ type: 'em' }] }, { type: 'text', text: ' time it is said.' }] }])
    expect(annotation.author).toMatchObject({ id: 'https://annotations.example/users/lee' })
  })

  it('never anchors a quote into another article when it is not in the one named and not unique elsewhere', () => {
    expect(refusals(outcome)).toContainEqual(['https://annotations.example/anno/wrong-article-only', 'webImportQuoteNotInArticle'])
    expect(byId('https://annotations.example/anno/wrong-article-only')).toBeUndefined()
    // Found exactly once elsewhere, the sentence moved: it goes where it now is.
    expect(byId('https://annotations.example/anno/renumbered')?.target).toMatchObject({ eId: 'art_2', quote: { exact: 'separate from religious associations' } })
  })

  it('reads a fragment naming a clause as its article, and never looks for the quote elsewhere first', () => {
    const clauseFragment = {
      type: 'Annotation',
      id: 'urn:x:clause',
      body: 'https://example.org/on-clause-2',
      target: { source: 'https://example.org/charter', selector: { type: 'FragmentSelector', value: 'art_2__para_2', refinedBy: [{ type: 'TextPositionSelector', start: 0, end: 10 }, { type: 'TextQuoteSelector', exact: 'The rights of everyone are protected by law.' }] } }
    }
    const placed = find(importInto(baseProject, clauseFragment), 'urn:x:clause')!.target
    expect(placed).toMatchObject({ eId: 'art_2', quote: { exact: 'The rights of everyone are protected by law.' } })
    expect(placed.position.start).toBe(documentText.units.get('art_2')!.text.indexOf('The rights'))
  })

  it('keeps a plain-string body as a link, and reads the first item of a Choice', () => {
    expect(byId('https://annotations.example/anno/string-body')).toMatchObject({
      target: { eId: 'preamble', quote: { exact: 'adopt this Charter' } },
      body: { doc: { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'https://example.org/commentary/preamble', marks: [{ type: 'link', attrs: { href: 'https://example.org/commentary/preamble' } }] }] }] } }
    })
    expect(commentaryText(byId('https://annotations.example/anno/choice')!.body)).toBe('Діни бірлестіктерден бөлек.')
  })

  it('places a reply from a later page under its parent', () => {
    expect(byId('https://annotations.example/anno/fragment-refined')!.replies).toMatchObject([
      { id: 'https://annotations.example/anno/reply-to-b', author: { name: 'kim' }, created: '2026-11-02T10:00:00.000Z' }
    ])
  })

  it('takes the good entries and refuses the bad ones with their reasons', () => {
    expect(outcome.report).toMatchObject({ accepted: 7 })
    expect(refusals(outcome)).toEqual([
      ['https://annotations.example/anno/no-target', 'webImportNoTarget'],
      ['https://annotations.example/notes/1', 'webImportNotAnnotation'],
      ['https://annotations.example/anno/across', 'webImportQuoteAcrossArticles'],
      ['https://annotations.example/anno/wrong-article-only', 'webImportQuoteNotInArticle'],
      ['https://annotations.example/anno/ambiguous', 'webImportQuoteAmbiguous']
    ])
  })

  it('gives an entry without an id the same id every time, so re-import does not duplicate it', () => {
    const highlight = outcome.annotations.find((annotation) => annotation.target.quote.exact === 'mindful of our shared history')!
    expect(highlight.id).toMatch(/^wa-[0-9a-f]{16}$/)
    const again = importInto(adopt(baseProject, outcome), shapes)
    expect(again.report).toMatchObject({ accepted: 0, updated: 0 })
    expect(again.annotations).toHaveLength(outcome.annotations.length)
  })
})

describe('what a project cannot hold', () => {
  it('refuses an entry whose body is past the project limits, and keeps the others', () => {
    const target = { selector: { type: 'TextQuoteSelector', exact: 'secular state' } }
    const outcome = importInto(baseProject, [
      { type: 'Annotation', id: 'urn:x:huge', bodyValue: 'x'.repeat(150_000), target },
      { type: 'Annotation', id: 'urn:x:fine', bodyValue: 'Fine.', target }
    ])
    expect(refusals(outcome)).toEqual([['urn:x:huge', 'webImportTooLarge']])
    expect(outcome.annotations.map((annotation) => annotation.id)).toEqual(['urn:x:fine'])
  })
})

describe('importing semantic tags', () => {
  it('names a tag that is an address by its last segment', () => {
    const outcome = importInto(baseProject, {
      type: 'Annotation',
      id: 'urn:x:semantic',
      body: [
        { type: 'SpecificResource', purpose: 'tagging', source: 'http://example.org/ns/tags/Secularism' },
        { id: 'http://example.org/ns/tags#Religion', purpose: 'tagging' }
      ],
      target: { selector: { type: 'TextQuoteSelector', exact: 'secular state' } }
    })
    expect(find(outcome, 'urn:x:semantic')!.tags.map((id) => tagPath(outcome.tags, id))).toEqual(['Secularism', 'Religion'])
  })
})

describe('importing untrusted HTML', () => {
  it('keeps commentary markup and drops scripts, handlers, remote images and javascript: links', () => {
    const hostile = {
      type: 'Annotation',
      id: 'urn:uuid:hostile',
      body: { type: 'TextualBody', format: 'text/html', value: '<p onclick="x()">Good <strong>point</strong><script>alert(1)</script><img src="https://t.example/p.png"><a href="javascript:alert(1)">bad</a> <a href="https://example.org/c">good</a></p><style>p{}</style>' },
      target: { selector: { type: 'TextQuoteSelector', exact: 'secular state' } }
    }
    const outcome = importInto(baseProject, hostile)
    const body = JSON.stringify(find(outcome, 'hostile')!.body)
    expect(body).not.toMatch(/script|alert|onclick|t\.example|javascript/)
    expect(body).toContain('https://example.org/c')
    expect(outcome.report.removed).toEqual(expect.arrayContaining(['href', 'img', 'onclick', 'script', 'style']))
  })
})

describe('reading a file', () => {
  it('refuses a file in which nothing is an annotation, naming the entry', () => {
    expect(readWebAnnotations({ hello: 'world' })).toMatchObject({ ok: false, error: { code: 'errorWebAnnotationsInvalid', params: { where: 'annotation 1' } } })
    expect(readWebAnnotations([])).toMatchObject({ ok: false, error: { params: { where: '(root)' } } })
  })

  it('reads one bad entry among good ones as a refusal, not a refused file', () => {
    const read = readWebAnnotations([{ type: 'Annotation', target: 'https://x.example#art_1' }, { type: 'Annotation', target: { selector: 5 } }, 42])
    expect(read).toMatchObject({ ok: true, value: { refused: [{ entry: 3, code: 'webImportNotAnnotation' }] } })
  })
})
