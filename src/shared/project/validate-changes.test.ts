import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProjectFile, validateProject } from './parse'
import type { ProjectFile } from './schema'
import { validateProjectAgainst } from './validate-changes'

/** The incremental validation main uses for saves and merges: the same verdicts as validating in full. */

function knownProject(): ProjectFile {
  const parsed = parseProjectFile(readFileSync(join(__dirname, 'fixtures/v1-project.glossa'), 'utf8'))
  if (!parsed.ok) throw new Error('the v1 fixture must open')
  const template = parsed.value.annotations[0]!
  const annotations = Array.from({ length: 20 }, (_, index) => ({ ...template, id: `ann-${index}`, replies: [] }))
  return { ...parsed.value, annotations }
}

/** What the renderer sends back: a copy through JSON, as the IPC bridge delivers it. */
const sentBack = (project: unknown) => JSON.parse(JSON.stringify(project)) as ProjectFile

describe('validating a project against one already validated', () => {
  it('gives back the known annotations, document and sync state for what did not change', () => {
    const known = knownProject()
    const sent = sentBack(known)
    sent.annotations[3] = { ...sent.annotations[3]!, tags: [] }
    const checked = validateProjectAgainst(sent, known)
    expect(checked).toEqual(validateProject(sent))
    if (!checked.ok) throw new Error(JSON.stringify(checked.error))
    expect(checked.value.annotations.filter((annotation, index) => annotation === known.annotations[index]).length).toBe(19)
    expect(checked.value.annotations[3]).not.toBe(known.annotations[3])
    expect(checked.value.document).toBe(known.document)
    expect(checked.value.sync).toBe(known.sync)
  })

  it('refuses a changed annotation that is invalid, saying where, as a full validation would', () => {
    const known = knownProject()
    const sent = sentBack(known)
    sent.annotations[7] = { ...sent.annotations[7]!, author: { ...sent.annotations[7]!.author, color: 'red; background: url(x)' } }
    const full = validateProject(sent)
    expect(full).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid', params: { where: 'annotations.7.author.color' } } })
    expect(validateProjectAgainst(sent, known)).toEqual(full)
  })

  it('checks a new annotation, an edited text and a changed sync state in full', () => {
    const known = knownProject()
    const withNew = sentBack(known)
    withNew.annotations.push({ ...withNew.annotations[0]!, id: 'ann-new', body: { doc: { type: 'nope' } } } as never)
    expect(validateProjectAgainst(withNew, known)).toMatchObject({ ok: false, error: { params: { where: 'annotations.20.body.doc' } } })

    const badText = sentBack(known) as unknown as { document: { content: { content: unknown[] } } }
    badText.document.content.content.push({ type: 'no-such-node' })
    expect(validateProjectAgainst(badText, known)).toMatchObject({ ok: false, error: { code: 'errorProjectInvalid' } })

    const badSync = sentBack(known) as unknown as { sync: { seen: Record<string, string> } }
    badSync.sync.seen['someone'] = 'not a clock'
    expect(validateProjectAgainst(badSync, known)).toMatchObject({ ok: false, error: { params: { where: 'sync.seen.someone' } } })
  })

  it('refuses what is not a project, or is from a newer Glossa, like validateProject', () => {
    const known = knownProject()
    for (const input of [null, 42, { format: 'other' }, { ...sentBack(known), schemaVersion: 99 }, { ...sentBack(known), meta: {} }]) {
      expect(validateProjectAgainst(input, known)).toEqual(validateProject(input))
    }
  })

  it('does not take an annotation for a known one because it has its id', () => {
    const known = knownProject()
    const sent = sentBack(known)
    sent.annotations[0] = { ...sent.annotations[0]!, target: { ...sent.annotations[0]!.target, position: { type: 'TextPositionSelector', start: 9, end: 2 } } }
    expect(validateProjectAgainst(sent, known)).toMatchObject({ ok: false, error: { params: { where: 'annotations.0.target.position' } } })
  })
})

describe('validating a merge against both projects it merged', () => {
  it('takes annotations equal to either as valid, and checks what neither has', () => {
    const mine = knownProject()
    const theirs = { ...sentBack(mine), annotations: [...mine.annotations, { ...mine.annotations[0]!, id: 'theirs-1' }] }
    const merged = sentBack(theirs)
    const checked = validateProjectAgainst(merged, mine, theirs)
    if (!checked.ok) throw new Error(JSON.stringify(checked.error))
    expect(checked.value.annotations.at(-1)).toBe(theirs.annotations.at(-1))
    merged.annotations.push({ ...merged.annotations[0]!, id: 'combined', created: 'yesterday' })
    expect(validateProjectAgainst(merged, mine, theirs)).toMatchObject({ ok: false, error: { params: { where: 'annotations.21.created' } } })
  })
})

describe('validating a sync state entry by entry', () => {
  const clock = (n: number, node: string) => `${String(n).padStart(15, '0')}.000000.${node}`
  const withSync = (project: ProjectFile, clocks: ProjectFile['sync']['clocks']): ProjectFile => ({
    ...project,
    sync: { clocks, tombstones: { 'annotation:gone': clock(5, 'me') }, hidden: {}, seen: { me: clock(5, 'me') } }
  })

  it('gives what a full validation gives, reusing the entries either side had', () => {
    const mine = withSync(knownProject(), { 'annotation:ann-0': { c: clock(1, 'me') }, 'annotation:ann-1': { c: clock(2, 'me') } })
    const theirs = withSync(knownProject(), { 'annotation:ann-0': { c: clock(1, 'me') }, 'annotation:ann-2': { c: clock(3, 'them'), f: { body: clock(4, 'them') } } })
    const merged = sentBack({ ...mine, sync: { ...mine.sync, clocks: { ...mine.sync.clocks, ...theirs.sync.clocks, 'annotation:new': { c: clock(6, 'x'), extra: 1 } } } })
    const checked = validateProjectAgainst(merged, mine, theirs)
    expect(checked).toEqual(validateProject(merged))
    if (!checked.ok) throw new Error(JSON.stringify(checked.error))
    expect(Object.keys(checked.value.sync.clocks)).toEqual(['annotation:ann-0', 'annotation:ann-1', 'annotation:ann-2', 'annotation:new'])
    expect(checked.value.sync.clocks['annotation:ann-1']).toBe(mine.sync.clocks['annotation:ann-1'])
    expect(checked.value.sync.clocks['annotation:ann-2']).toBe(theirs.sync.clocks['annotation:ann-2'])
    expect(checked.value.sync.clocks['annotation:new']).toEqual({ c: clock(6, 'x') })
  })

  it('refuses an entry neither side had that is invalid, saying where, as a full validation would', () => {
    const mine = withSync(knownProject(), { 'annotation:ann-0': { c: clock(1, 'me') } })
    for (const clocks of [{ 'annotation:ann-0': { c: clock(1, 'me') }, 'annotation:bad': { c: 'yesterday' } }, { 'annotation:ann-0': { c: clock(1, 'me'), f: { body: 7 } } }]) {
      const merged = sentBack({ ...mine, sync: { ...mine.sync, clocks } })
      const full = validateProject(merged)
      expect(full).toMatchObject({ ok: false, error: { params: { where: expect.stringMatching(/^sync\.clocks\.annotation:(bad\.c|ann-0\.f\.body)$/) } } })
      expect(validateProjectAgainst(merged, mine)).toEqual(full)
    }
    const notARecord = sentBack({ ...mine, sync: { ...mine.sync, hidden: [] } })
    expect(validateProjectAgainst(notARecord, mine)).toEqual(validateProject(notARecord))
  })
})
