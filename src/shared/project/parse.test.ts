import { describe, expect, it } from 'vitest'
import { generateLegalText } from '../fixtures/generate-text'
import { importPlainText } from '../import/plain-text'
import { createProject } from './create'
import { parseProjectFile, serialiseProject, validateProject } from './parse'
import { currentSchemaVersion } from './schema'

function projectWithDocument() {
  const imported = importPlainText(generateLegalText({ parts: 2, articles: 5 }))
  if (!imported.ok) throw new Error('fixture must import')
  return createProject({ title: 'Commentary', authors: ['A. Scholar'], document: { name: 'Charter', language: 'en', content: imported.doc } })
}

describe('project files', () => {
  it('round-trip: what is written reads back equal', () => {
    const project = projectWithDocument()
    const read = parseProjectFile(serialiseProject(project))
    expect(read).toEqual({ ok: true, value: project })
  })

  it('hold a schema version, metadata, the document and empty collections', () => {
    const project = createProject({ title: 'New', now: new Date('2026-01-02T03:04:05Z'), id: 'p1' })
    expect(project).toMatchObject({ schemaVersion: currentSchemaVersion, meta: { id: 'p1', title: 'New', created: '2026-01-02T03:04:05.000Z' }, annotations: [], tags: [], sources: [] })
  })

  it('refuse text that is not JSON, with the parser’s words as detail', () => {
    const result = parseProjectFile(serialiseProject(projectWithDocument()).slice(0, 200))
    expect(result).toMatchObject({ ok: false, error: { code: 'errorProjectNotJson' } })
    if (!result.ok) expect(result.error.detail).toBeTruthy()
  })

  it('refuse JSON that is not a Glossa project', () => {
    expect(parseProjectFile('{"hello": "world"}')).toMatchObject({ ok: false, error: { code: 'errorProjectNotGlossa' } })
    expect(parseProjectFile('[1, 2, 3]')).toMatchObject({ ok: false, error: { code: 'errorProjectNotGlossa' } })
  })

  it('refuse a file from a newer Glossa, naming both versions', () => {
    const future = { ...projectWithDocument(), schemaVersion: currentSchemaVersion + 1 }
    expect(validateProject(future)).toMatchObject({ ok: false, error: { code: 'errorProjectTooNew', params: { version: currentSchemaVersion + 1, supported: currentSchemaVersion } } })
  })

  it('refuse wrong types and say where', () => {
    const project = projectWithDocument()
    expect(validateProject({ ...project, meta: { ...project.meta, created: 'yesterday' } })).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid', params: { where: 'meta.created' } } })
    expect(validateProject({ ...project, annotations: {} })).toMatchObject({ ok: false, error: { params: { where: 'annotations' } } })
  })

  it('refuse a document whose structure breaks the legal schema', () => {
    const project = projectWithDocument()
    const broken = { ...project, document: { ...project.document!, content: { type: 'doc', content: [{ type: 'clause', content: [] }] } } }
    expect(validateProject(broken)).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid', params: { where: 'document.content' } } })
    const unknownNode = { ...project, document: { ...project.document!, content: { type: 'doc', content: [{ type: 'script' }] } } }
    expect(validateProject(unknownNode)).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid' } })
  })

  it('refuse absurdly deep nesting without crashing', () => {
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)
    expect(parseProjectFile(deep).ok).toBe(false)
    const project = projectWithDocument()
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let i = 0; i < 50_000; i++) node = { type: 'doc', content: [node] }
    expect(validateProject({ ...project, document: { ...project.document!, content: node } }).ok).toBe(false)
  })
})
