import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { stampChanges } from '../../src/shared/merge/stamp'
import { parseProjectFile } from '../../src/shared/project/parse'
import type { ProjectFile } from '../../src/shared/project/schema'

/**
 * Projects for the merge and save benchmarks: the real version-1 fixture's text, with `count` annotations
 * shaped like its own (so they pass the project schema), stamped as a colleague's Glossa would.
 */

const fixture = resolve(__dirname, '../../src/shared/project/fixtures/v1-project.glossa')

function baseProject(): ProjectFile {
  const parsed = parseProjectFile(readFileSync(fixture, 'utf8'))
  if (!parsed.ok) throw new Error('the v1 fixture must open')
  return parsed.value
}

const commentary = (text: string) => ({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } })

/** A shared project with `count` annotations, created by one author. */
export function sharedProject(count: number): ProjectFile {
  const base = baseProject()
  const template = base.annotations[0]!
  const annotations = Array.from({ length: count }, (_, index) => ({ ...template, id: `ann-${index}`, body: commentary(`Shared note ${index}`), replies: [] }))
  return stampChanges({ ...base, annotations: [] }, { ...base, annotations } as ProjectFile, 'author-shared', Date.parse('2026-11-01T00:00:00Z'))
}

/** One colleague's copy: every tenth shared annotation reworded, every fiftieth deleted, 500 new ones. */
export function colleagueCopy(shared: ProjectFile, name: string, time: number): ProjectFile {
  const template = shared.annotations[0]!
  const kept = shared.annotations
    .filter((_, index) => index % 50 !== 49)
    .map((annotation, index) => (index % 10 === 0 ? { ...annotation, body: commentary(`${name} rewords ${annotation.id}`) } : annotation))
  const added = Array.from({ length: 500 }, (_, index) => ({ ...template, id: `${name}-${index}`, body: commentary(`${name} adds ${index}`), replies: [] }))
  return stampChanges(shared, { ...shared, annotations: [...kept, ...added] } as ProjectFile, `author-${name}`, time)
}
