import { describe, expect, it } from 'vitest'
import { createProject } from '../project/create'
import type { ProjectFile } from '../project/schema'
import { mergeProjects, resolveConflicts, stampChanges } from './index'

const item = (id: string, fields: Record<string, unknown>) => ({ id, ...fields })

function edit(project: ProjectFile, change: Partial<Pick<ProjectFile, 'annotations' | 'tags' | 'sources'>>): ProjectFile {
  return { ...project, ...change } as ProjectFile
}

/** A shared starting point: one annotation, one more to be deleted, one source; stamped by its creator. */
function shared(): ProjectFile {
  const empty = createProject({ title: 'Shared', id: 'p', now: new Date('2026-01-01T00:00:00Z') })
  const filled = edit(empty, {
    annotations: [item('a1', { body: 'first', replies: [] }), item('a2', { body: 'doomed', replies: [] })] as never,
    sources: [item('s1', { title: 'Book' })] as never
  })
  return stampChanges(empty, filled, 'creator', 1_000)
}

describe('conflicts, summary and resolution', () => {
  const base = shared()
  const mine = stampChanges(base, edit(base, { annotations: [item('a1', { body: 'mine', replies: [] }), item('a2', { body: 'kept and edited', replies: [] })] as never }), 'me', 2_000)
  const theirs = stampChanges(
    base,
    edit(base, { annotations: [item('a1', { body: 'theirs', replies: [item('r1', { body: 'a reply' })] })] as never, tags: [item('t1', { name: 'Values' })] as never }),
    'them',
    3_000
  )

  it('shows a field both sides changed, and a deletion the other side had not seen', () => {
    const { conflicts } = mergeProjects(mine, theirs)
    expect(conflicts.map(({ id, fields, mine, theirs }) => ({ id, fields, mine: mine?.body ?? null, theirs: theirs?.body ?? null }))).toEqual([
      { id: 'a1', fields: ['body'], mine: 'mine', theirs: 'theirs' },
      { id: 'a2', fields: [], mine: 'kept and edited', theirs: null }
    ])
  })

  it('lists what the merge added, changed and removed in my project', () => {
    const { summary, project } = mergeProjects(mine, theirs)
    expect(summary.added.map((line) => `${line.kind}:${line.id}`).sort()).toEqual(['reply:r1', 'tag:t1'])
    // Their later write wins the register until the user decides.
    expect(summary.changed.map((line) => line.id)).toEqual(['a1'])
    expect(project.annotations.find((annotation) => annotation.id === 'a1')).toMatchObject({ body: 'theirs' })
    // Their deletion of a2 (time 3 000) is later than my edit (2 000): a2 goes until I choose to keep it.
    expect(summary.removed.map((line) => line.id)).toEqual(['a2'])
  })

  it('keeps my choice when the colleague merges back, and both sides end equal', () => {
    const { project, conflicts } = mergeProjects(mine, theirs)
    let copies = 0
    const resolved = resolveConflicts(project, conflicts, { [conflicts[0]!.key]: 'mine', [conflicts[1]!.key]: 'both' }, () => `copy-${copies++}`)
    const saved = stampChanges(project, resolved, 'me', 4_000)
    expect(saved.annotations.map((annotation) => [annotation.id, (annotation as unknown as { body: string }).body])).toEqual([
      ['a1', 'mine'],
      ['a2', 'kept and edited']
    ])
    const back = mergeProjects(theirs, saved)
    expect(back.conflicts).toEqual([])
    expect(back.project.annotations).toEqual(mergeProjects(saved, theirs).project.annotations)
    expect(back.project.annotations.map((annotation) => annotation.replies.map((reply) => reply.id))).toEqual([['r1'], []])
    expect(back.project.tags.map((tag) => tag.id)).toEqual(['t1'])
  })

  it('keeps both versions when asked: theirs becomes a copy beside mine', () => {
    const { project, conflicts } = mergeProjects(mine, theirs)
    const resolved = resolveConflicts(project, conflicts, { [conflicts[0]!.key]: 'both' }, () => 'a1-copy')
    expect(resolved.annotations.map((annotation) => [annotation.id, (annotation as unknown as { body: string }).body])).toContainEqual(['a1-copy', 'theirs'])
    expect(resolved.annotations.map((annotation) => [annotation.id, (annotation as unknown as { body: string }).body])).toContainEqual(['a1', 'mine'])
  })
})
