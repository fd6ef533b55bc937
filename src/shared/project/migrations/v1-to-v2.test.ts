import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryKey } from '../../merge/entries'
import { parseProjectFile, serialiseProject } from '../parse'
import { currentSchemaVersion } from '../schema'
import { migratedNode } from './v1-to-v2'

// A real version-1 file, written by Glossa's version-1 code before the schema changed.
const v1Text = readFileSync(join(__dirname, '../fixtures/v1-project.glossa'), 'utf8')

describe('version 1 to 2 migration', () => {
  it('opens a real version-1 file as a current project with every item kept', () => {
    expect(JSON.parse(v1Text).schemaVersion).toBe(1)
    const opened = parseProjectFile(v1Text)
    if (!opened.ok) throw new Error(JSON.stringify(opened.error))
    const project = opened.value
    expect(project.schemaVersion).toBe(currentSchemaVersion)
    expect(project.annotations.map((annotation) => annotation.id)).toEqual(['ann-1'])
    expect(project.annotations[0]!.replies.map((reply) => reply.id)).toEqual(['rep-1'])
    expect(project.tags.map((tag) => tag.id)).toEqual(['tag-values'])
    expect(project.sources.map((source) => source.id)).toEqual(['src-1'])
    expect(project.document?.content).toEqual(JSON.parse(v1Text).document.content)
  })

  it('gives each item a clock from its own modification time, the same on every machine', () => {
    const project = (parseProjectFile(v1Text) as { ok: true; value: import('../schema').ProjectFile }).value
    expect(project.sync.clocks[entryKey('annotation', 'ann-1')]).toEqual({ c: `${String(Date.parse('2026-10-02T11:00:00.000Z')).padStart(15, '0')}.000000.${migratedNode}` })
    expect(project.sync.clocks[entryKey('reply', 'rep-1', 'ann-1')]?.c).toContain(String(Date.parse('2026-10-03T08:00:00.000Z')))
    expect(project.sync.seen[migratedNode]).toBe(project.sync.clocks[entryKey('reply', 'rep-1', 'ann-1')]?.c)
    expect(project.sync.tombstones).toEqual({})
    const again = parseProjectFile(v1Text)
    expect(again).toEqual(parseProjectFile(v1Text))
  })

  it('writes the upgraded project as the current version and reads it back unchanged', () => {
    const project = (parseProjectFile(v1Text) as { ok: true; value: import('../schema').ProjectFile }).value
    const written = serialiseProject(project)
    expect(JSON.parse(written).schemaVersion).toBe(currentSchemaVersion)
    expect(parseProjectFile(written)).toEqual({ ok: true, value: project })
  })

  it('still refuses a file from a newer Glossa', () => {
    const future = { ...JSON.parse(v1Text), schemaVersion: currentSchemaVersion + 1 }
    expect(parseProjectFile(JSON.stringify(future))).toMatchObject({ ok: false, error: { code: 'errorProjectTooNew' } })
  })
})
