import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCslFiles } from '../../../main/sources/csl-files'
import { createCitationFormatter } from '../../citations/format'
import { exportWebAnnotations } from '../../exchange/web-annotation'
import { mergeProjects, stampChanges } from '../../merge'
import { createProject } from '../../project/create'
import type { ProjectFile } from '../../project/schema'
import { sourcesSchema } from '../schema'
import type { CslItem } from '../types'
import { readPage } from './read-page'
import { sourceFromReading } from './source-item'

/** The archive a saved page leaves on its source, and how it travels: project file, merge, citeproc, export. */
const takenAt = new Date('2026-03-01T08:00:00Z')
const page = readFileSync(new URL('./fixtures/en-json-ld.html', import.meta.url), 'utf8')
const source = sourceFromReading(readPage(page, takenAt), { id: 'herald-2026', fileName: '/home/aigul/Saved pages/senate.html', takenAt })

describe('a source made from a saved page', () => {
  it('is a CSL item of the found fields, the date with its time, accessed the day it was archived', () => {
    const { snapshot, ...csl } = source
    expect(csl).toEqual({
      id: 'herald-2026',
      type: 'article-newspaper',
      title: 'Senate backs referendum law',
      author: [{ given: 'Dana', family: 'Omarova' }, { given: 'Mark', family: 'Ellis' }],
      'container-title': 'Steppe Herald',
      issued: { 'date-parts': [[2026, 2, 10]], raw: '2026-02-10T15:15:37' },
      URL: 'https://steppe-herald.example/politics/senate-referendum',
      accessed: { 'date-parts': [[2026, 3, 1]] },
      language: 'en',
      section: 'Politics'
    })
    expect(snapshot).toMatchObject({ language: 'en', takenAt: '2026-03-01T08:00:00.000Z', fileName: 'senate.html' })
    expect(snapshot!.text.split('\n')).toContain('The law enters into force ten days after its official publication.')
  })

  it('is a valid source of a project file; a path as the file name is refused', () => {
    expect(sourcesSchema.safeParse([source]).success).toBe(true)
    expect(sourcesSchema.safeParse([{ ...source, snapshot: { ...source.snapshot!, fileName: 'C:\\Users\\a\\page.html' } }]).success).toBe(false)
  })

  it('is cited by citeproc from its CSL fields alone', async () => {
    const formatter = createCitationFormatter({ ...(await loadCslFiles('oscola', process.cwd())), items: [source] })
    const note = formatter.note([{ sourceId: source.id }])
    expect(note).toMatch(/Senate backs referendum law/i)
    expect(note).toContain('Steppe Herald')
    expect(note).not.toContain('Senators added a clause')
  })
})

describe('the archive travels with the project', () => {
  const withSources = (project: ProjectFile, sources: CslItem[]) => ({ ...project, sources }) as ProjectFile
  const empty = createProject({ title: 'Shared', id: 'p', now: new Date('2026-01-01T00:00:00Z') })
  const base = stampChanges(empty, withSources(empty, [{ id: 'book', type: 'book', title: 'Constitutional Design' }]), 'creator', 1_000)

  it('merges like other sources: one colleague archives a page, the other edits a book, both are kept', () => {
    const mine = stampChanges(base, withSources(base, [...base.sources, source]), 'me', 2_000)
    const theirs = stampChanges(base, withSources(base, [{ id: 'book', type: 'book', title: 'Constitutional Design (2nd ed.)' }]), 'them', 3_000)
    const merged = mergeProjects(theirs, mine).project
    expect(merged.sources.find((item) => item.id === 'herald-2026')?.snapshot).toEqual(source.snapshot)
    expect(merged.sources.find((item) => item.id === 'book')?.title).toBe('Constitutional Design (2nd ed.)')
  })

  it('a changed archive wins by its later write, like any field', () => {
    const mine = stampChanges(base, withSources(base, [...base.sources, source]), 'me', 2_000)
    const changed = { ...source, snapshot: { ...source.snapshot!, text: 'Corrected text.' } }
    const theirs = stampChanges(mine, withSources(mine, [base.sources[0]!, changed]), 'them', 3_000)
    expect(mergeProjects(mine, theirs).project.sources.find((item) => item.id === source.id)?.snapshot?.text).toBe('Corrected text.')
  })

  it('is left out of Web Annotation export unless asked', () => {
    const annotation = {
      id: 'a1',
      author: { id: 'u1', name: 'Aigul', color: '#336699' },
      created: '2026-03-02T10:00:00Z',
      modified: '2026-03-02T10:00:00Z',
      target: { eId: 'art_1', quote: { type: 'TextQuoteSelector', exact: 'referendum', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 10 } },
      tags: [],
      body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See the report.' }] }] } },
      citations: [{ sourceId: source.id, quote: 'Senators added a clause', quoteContext: { prefix: '', suffix: ' that requires the Central Refer' } }],
      links: [],
      replies: []
    }
    const project = { ...withSources(base, [source]), annotations: [annotation] } as unknown as ProjectFile
    expect(JSON.stringify(exportWebAnnotations(project))).not.toContain('The law enters into force')
    const asked = JSON.stringify(exportWebAnnotations(project, { archivedText: true }))
    expect(asked).toContain('The law enters into force ten days after its official publication.')
    // The quote is a TextQuoteSelector into the source, with its context.
    expect(JSON.stringify(exportWebAnnotations(project))).toContain('{"type":"TextQuoteSelector","exact":"Senators added a clause","prefix":"","suffix":" that requires the Central Refer"}')
  })
})
