import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProjectFile, serialiseProject } from '../parse'
import { currentSchemaVersion, type ProjectFile } from '../schema'
import { migratedEditionId } from './v2-to-v3'

// A real version-2 file: the welcome project with three notes, a reply and a tag, written by the version-2 app's store.
const v2Text = readFileSync(join(__dirname, '../fixtures/v2-project.glossa'), 'utf8')
const v2 = JSON.parse(v2Text)

function opened(text: string): ProjectFile {
  const result = parseProjectFile(text)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

describe('version 2 to 3 migration', () => {
  it('opens a real version-2 file with its text as the one edition and every item, clock and target kept', () => {
    expect(v2.schemaVersion).toBe(2)
    const project = opened(v2Text)
    expect(project.schemaVersion).toBe(currentSchemaVersion)
    expect(project.document?.content).toEqual(v2.document.content)
    expect(project.document?.edition).toEqual({ id: migratedEditionId, label: v2.document.name })
    expect(project.editions).toEqual([])
    expect(project.annotations.map((annotation) => annotation.id)).toEqual(['ann-1', 'ann-2', 'ann-3'])
    expect(project.annotations.map((annotation) => annotation.target)).toEqual(v2.annotations.map((annotation: ProjectFile['annotations'][number]) => annotation.target))
    expect(project.annotations[0]!.replies.map((reply) => reply.id)).toEqual(['rep-1'])
    expect(project.tags.map((tag) => tag.id)).toEqual(['tag-import'])
    expect(project.sync).toEqual(v2.sync)
  })

  it('labels the edition by its source file when there is one, and migrates the same way every time', () => {
    const withSource = { ...v2, document: { ...v2.document, source: { fileName: 'draft-2026-01-30.docx', format: 'docx' } } }
    expect(opened(JSON.stringify(withSource)).document?.edition?.label).toBe('draft-2026-01-30.docx')
    expect(opened(v2Text)).toEqual(opened(v2Text))
  })

  it('writes the upgraded project as version 3 and reads it back unchanged', () => {
    const project = opened(v2Text)
    const written = serialiseProject(project)
    expect(JSON.parse(written).schemaVersion).toBe(3)
    expect(opened(written)).toEqual(project)
  })
})
