import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import { placeAnnotations } from '../export/anchor'
import { readExportData } from '../export/project-data'
import { createProject } from '../project/create'
import { importPlainText } from '../import/plain-text'
import { anchorTarget } from './anchor'
import { buildDocumentText, buildDocumentTextOfJSON } from './document-text'
import { createAnnotation } from './model'
import { targetFromUnitOffsets } from './selectors'

const law = [
  'Constitution of Examplestan',
  '',
  'Preamble',
  'We, the people, adopt this Constitution.',
  '',
  'Part I. The state',
  'Article 1',
  '1. The Republic is a secular state.',
  '2. Religious associations are separate from the state and equal before the law.',
  '',
  'Article 2',
  'Everyone is equal before the law and the court.'
].join('\n')

function imported(text: string) {
  const outcome = importPlainText(text)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return outcome.doc
}

describe('one document text for the editor and the export', () => {
  it('reads the same units, offsets and positions from the JSON as from the ProseMirror document', () => {
    const json = imported(law)
    const fromNode = buildDocumentText(legalSchema.nodeFromJSON(json))
    const fromJSON = buildDocumentTextOfJSON(json)
    expect(fromJSON.text).toBe(fromNode.text)
    expect(fromJSON.blocks.map(({ json: _json, ...block }) => block)).toEqual(fromNode.blocks)
    expect([...fromJSON.units.keys()]).toEqual([...fromNode.units.keys()])
  })

  it('prints a note on the words the editor highlights, also after the text was corrected', () => {
    const before = buildDocumentTextOfJSON(imported(law))
    const unit = before.units.get('art_1')!
    const start = unit.text.indexOf('separate from the state')
    const annotation = createAnnotation({ target: targetFromUnitOffsets(unit, start, start + 'separate from the state'.length), author: { id: 'a', name: 'A', color: '#000000' }, id: 'n1' })
    const corrected = imported(law.replace('1. The Republic is a secular state.', '1. The Republic of Examplestan is a democratic and secular state.').replace('separate from the state', 'separate from the State'))
    const editorAnchor = anchorTarget(buildDocumentText(legalSchema.nodeFromJSON(corrected)), annotation.target)!
    expect(editorAnchor.method).toBe('fuzzy')
    const placement = placeAnnotations(corrected, [annotation])
    const printed = [...placement.segments].map(([block, segments]) => segments.map((segment) => (block.content ?? []).map((child) => child.text).join('').slice(segment.from, segment.to)).join(''))
    expect(printed).toEqual([editorAnchor.target.quote.exact])
    expect(printed[0]).toBe('separate from the State')
  })

  it('prints a note kept as an orphan at its article, never on words the search finds elsewhere', () => {
    const doc = imported(law)
    const unit = buildDocumentTextOfJSON(doc).units.get('art_2')!
    const start = unit.text.indexOf('equal before the law')
    const note = { ...createAnnotation({ target: targetFromUnitOffsets(unit, start, start + 'equal before the law'.length), author: { id: 'a', name: 'A', color: '#000000' }, id: 'kept' }), orphan: true as const }
    const { annotations } = readExportData({ ...createProject({ title: 'Law', document: { name: 'Law', language: 'en', content: doc } }), annotations: [note] })
    const placement = placeAnnotations(doc, annotations)
    expect(placement.segments.size).toBe(0)
    expect([...placement.calls.values()].flat().map((call) => call.annotationId)).toEqual(['kept'])
  })
})
