import { describe, expect, it } from 'vitest'
import type { Annotation, Citation } from '../../shared/annotations/types'
import { runsText } from '../../shared/citations/runs'
import { defaultExportOptions } from '../../shared/export/options'
import { sampleProject } from '../../shared/export/sample-project'
import type { ProjectFile } from '../../shared/project/schema'
import { publicationModel } from './publication'

const now = new Date('2026-03-02T12:00:00Z')

/** Four articles whose notes cite, in reading order, the given citations (one note each). */
function citing(citations: Citation[][], style?: ProjectFile['meta']['citationStyle']): ProjectFile {
  const project = sampleProject({ parts: 1, articles: citations.length, annotations: citations.length })
  // sampleAnnotations spreads notes one per article in order, so note i is read i-th.
  project.annotations.forEach((annotation, index) => ((annotation as unknown as Annotation).citations = citations[index]!))
  if (style) project.meta.citationStyle = style
  return project
}

const book = (page: string): Citation => ({ sourceId: 'src-book', locator: { label: 'page', value: page } })
const article: Citation = { sourceId: 'src-article', locator: { label: 'page', value: '7' } }

describe('citations in the publication', () => {
  it('formats citations as the document reads: full first, short later, ibid for a repeat (OSCOLA)', async () => {
    const model = await publicationModel(citing([[book('12')], [article], [book('30')], [book('30')]]), defaultExportOptions, now)
    const notes = model.notes.map((note) => runsText(note.citation))
    expect(notes[0]).toBe('Dana Omarova, Constitutional Design in Central Asia (Steppe Press 2021) 12.')
    expect(notes[2]).toBe('Omarova (n 1) 30.')
    expect(notes[3]).toBe('ibid.')
  })

  it('carries the style’s italics into the note and the bibliography', async () => {
    const model = await publicationModel(citing([[book('12')]]), defaultExportOptions, now)
    expect(model.notes[0]!.citation).toContainEqual({ text: 'Constitutional Design in Central Asia', italic: true })
    expect(model.bibliography[0]).toContainEqual({ text: 'Constitutional Design in Central Asia', italic: true })
  })
})
