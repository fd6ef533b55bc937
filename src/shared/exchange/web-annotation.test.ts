import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDocumentText } from '../annotations/document-text'
import type { Annotation } from '../annotations/types'
import { targetFromUnitOffsets } from '../annotations/selectors'
import { legalSchema } from '../document/schema'
import { parseProjectFile } from '../project/parse'
import type { ProjectFile } from '../project/schema'
import { commentaryToHtml } from './commentary-html'
import { placeExternal } from './place'
import { exportWebAnnotations, readWebAnnotations } from './web-annotation'

const project = (parseProjectFile(readFileSync(join(__dirname, '../project/fixtures/v1-project.glossa'), 'utf8')) as { ok: true; value: ProjectFile }).value
const text = buildDocumentText(legalSchema.nodeFromJSON(project.document!.content))
const now = new Date('2026-11-20T00:00:00Z')

describe('W3C Web Annotation exchange', () => {
  it('exports an AnnotationCollection with eId fragment, position and quote selectors, HTML and tagging bodies', () => {
    const exported = exportWebAnnotations(project) as { type: string; first: { items: Record<string, unknown>[] } }
    expect(exported.type).toBe('AnnotationCollection')
    const [item] = exported.first.items
    expect(item).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:uuid:ann-1',
      creator: { type: 'Person', name: 'Aigerim' },
      body: [
        { type: 'TextualBody', value: '<p>A first remark.</p>', format: 'text/html', purpose: 'commenting' },
        { type: 'TextualBody', value: 'Values', purpose: 'tagging' }
      ],
      target: { selector: [{ type: 'FragmentSelector', value: 'art_1', refinedBy: { type: 'TextPositionSelector', start: 0, end: 9 } }, { type: 'TextQuoteSelector', exact: 'Article 1' }] }
    })
  })

  it('reads its own export back to the same targets, ids and authors', () => {
    const original = { ...(project.annotations[0] as Annotation), target: targetFromUnitOffsets(text.units.get('art_2')!, 3, 20) }
    const read = readWebAnnotations(JSON.parse(JSON.stringify(exportWebAnnotations({ ...project, annotations: [original] }))))
    if (!read.ok) throw new Error(read.error.code)
    const placed = placeExternal(read.value[0]!, text, original.body, original.tags, now)
    expect(placed).toMatchObject({ id: 'ann-1', target: original.target, author: { id: 'author-aigerim', name: 'Aigerim' } })
    expect(read.value[0]!.tags).toEqual(['Values'])
    expect(read.value[0]!.html).toBe('<p>A first remark.</p>')
  })

  it('places a Hypothesis annotation by its quote and context, in the right article', () => {
    const unit = text.units.get('art_3')!
    const exact = unit.text.slice(5, 25)
    const hypothesis = { rows: [{ id: 'h1', user: 'acct:jane@hypothes.is', text: 'A *markdown* note', tags: ['review'], target: [{ source: 'https://example.org/law', selector: [{ type: 'TextQuoteSelector', exact, prefix: unit.text.slice(0, 5), suffix: unit.text.slice(25, 40) }] }] }] }
    const read = readWebAnnotations(hypothesis)
    if (!read.ok) throw new Error(read.error.code)
    expect(read.value[0]).toMatchObject({ creator: 'acct:jane@hypothes.is', text: 'A *markdown* note', tags: ['review'], html: null })
    const placed = placeExternal(read.value[0]!, text, { doc: { type: 'doc', content: [] } }, [], now)
    expect(placed?.target.eId).toBe('art_3')
    expect(placed?.target.quote.exact).toBe(exact)
  })

  it('leaves an annotation unplaced when its quote is not in this text', () => {
    const read = readWebAnnotations({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'words that appear nowhere in this constitution at all' } } })
    if (!read.ok) throw new Error(read.error.code)
    expect(placeExternal(read.value[0]!, text, { doc: { type: 'doc', content: [] } }, [], now)).toBeNull()
  })

  it('refuses what is not an annotation, with where it went wrong', () => {
    expect(readWebAnnotations({ hello: 'world' })).toMatchObject({ ok: false, error: { code: 'errorWebAnnotationsInvalid', params: { where: 'annotation 1' } } })
    expect(readWebAnnotations([{ type: 'Annotation', target: 'https://x.example' }, { type: 'Annotation', target: { selector: 5 } }])).toMatchObject({ ok: false, error: { params: { where: 'annotation 2' } } })
  })

  it('writes commentary HTML with every text escaped and unsafe links dropped', () => {
    const html = commentaryToHtml({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }, { type: 'text', text: 'go', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] } as never] }]
    })
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;go</p>')
  })
})
