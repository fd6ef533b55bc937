import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProject } from '../project/create'
import type { ProjectFile } from '../project/schema'
import { canonicalJSON } from './canonical'
import { clocksOf, fieldClock, latestClock } from './clocks'
import { allEntries, entryKey, mergedFields, visibleEntries, type EntryKind, type Item } from './entries'
import { mergeStates } from './merge'
import { stampChanges } from './stamp'

/**
 * Property tests: random edit histories on three replicas (add, edit, delete, reply, and merges between
 * replicas, with skewed computer clocks), then the CRDT laws on the replicas' states.
 */

const replicaCount = 3
const nodes = ['node-a', 'node-b', 'node-c']
const skews = [0, 5_000, -3_000]

type Operation =
  | { type: 'add'; replica: number; kind: 'annotation' | 'tag' | 'source' }
  | { type: 'edit'; replica: number; pick: number; field: 'body' | 'note'; value: string }
  | { type: 'delete'; replica: number; pick: number }
  | { type: 'reply'; replica: number; pick: number; value: string }
  | { type: 'merge'; replica: number; from: number }

const replica = fc.integer({ min: 0, max: replicaCount - 1 })
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), replica, kind: fc.constantFrom('annotation' as const, 'tag' as const, 'source' as const) }),
  fc.record({ type: fc.constant('edit' as const), replica, pick: fc.nat(), field: fc.constantFrom('body' as const, 'note' as const), value: fc.string({ maxLength: 4 }) }),
  fc.record({ type: fc.constant('delete' as const), replica, pick: fc.nat() }),
  fc.record({ type: fc.constant('reply' as const), replica, pick: fc.nat(), value: fc.string({ maxLength: 4 }) }),
  fc.record({ type: fc.constant('merge' as const), replica, from: replica })
)

/** Rebuilds a project's collections after changing its visible entries (replies nested in annotations). */
function withEntries(project: ProjectFile, change: (entries: Map<string, { kind: EntryKind; parent?: string; item: Item }>) => void): ProjectFile {
  const entries = visibleEntries(project)
  change(entries)
  const annotations: Item[] = []
  const tags: Item[] = []
  const sources: Item[] = []
  for (const entry of entries.values()) {
    if (entry.kind === 'annotation') annotations.push({ ...entry.item, replies: [] })
    else if (entry.kind === 'tag') tags.push(entry.item)
    else if (entry.kind === 'source') sources.push(entry.item)
  }
  for (const entry of entries.values()) {
    if (entry.kind === 'reply') (annotations.find((annotation) => annotation.id === entry.parent)?.replies as Item[] | undefined)?.push(entry.item)
  }
  return { ...project, annotations, tags, sources } as unknown as ProjectFile
}

/** Plays a history on replicas that start from one shared project. */
function play(history: Operation[]): ProjectFile[] {
  const start = createProject({ title: 'Shared', id: 'p', now: new Date('2026-01-01T00:00:00Z') })
  const replicas = Array.from({ length: replicaCount }, () => start)
  let time = 1_800_000_000_000
  let counter = 0
  history.forEach((step) => {
    time += 1_000
    const current = replicas[step.replica]!
    if (step.type === 'merge') {
      replicas[step.replica] = mergeStates(current, replicas[step.from]!)
      return
    }
    const next = withEntries(current, (entries) => {
      const keys = [...entries.keys()]
      const key = keys.length > 0 ? keys[('pick' in step ? step.pick : 0) % keys.length]! : undefined
      const entry = key === undefined ? undefined : entries.get(key)!
      if (step.type === 'add') {
        const id = `${nodes[step.replica]}-${counter++}`
        entries.set(entryKey(step.kind, id), { kind: step.kind, item: { id, body: '' } })
      } else if (step.type === 'edit' && entry) {
        entries.set(key!, { ...entry, item: { ...entry.item, [step.field]: step.value } })
      } else if (step.type === 'delete' && entry) {
        entries.delete(key!)
        if (entry.kind === 'annotation') for (const [other, value] of entries) if (value.parent === entry.item.id) entries.delete(other)
      } else if (step.type === 'reply' && entry?.kind === 'annotation') {
        const id = `${nodes[step.replica]}-r${counter++}`
        entries.set(entryKey('reply', id, entry.item.id), { kind: 'reply', parent: entry.item.id, item: { id, body: step.value } })
      }
    })
    replicas[step.replica] = stampChanges(current, next, nodes[step.replica]!, time + skews[step.replica]!)
  })
  return replicas
}

/** The replicated state, independent of key order and of the order of collections. */
function state(project: ProjectFile, withVisibility = true): string {
  const entries = [...allEntries(project)]
    .map(([key, entry]) => [key, entry.kind, entry.parent ?? null, Object.fromEntries(mergedFields(entry).map((field) => [field, entry.item[field]]))] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  const { clocks, tombstones, seen } = project.sync
  const visible = withVisibility ? [...visibleEntries(project).keys()].sort() : []
  return canonicalJSON({ entries, clocks, tombstones, seen, visible })
}

const histories = fc.array(operation, { minLength: 1, maxLength: 40 })
const runs = { numRuns: 300 }

describe('the team merge is a true merge', () => {
  it('is commutative: merging theirs into mine gives what merging mine into theirs gives', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const [a, b] = play(history)
        expect(state(mergeStates(a!, b!))).toBe(state(mergeStates(b!, a!)))
      }),
      runs
    )
  })

  it('is associative: the order of merging three colleagues does not matter', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const [a, b, c] = play(history)
        expect(state(mergeStates(mergeStates(a!, b!), c!))).toBe(state(mergeStates(a!, mergeStates(b!, c!))))
      }),
      runs
    )
  })

  it('is idempotent: merging a file twice, or with itself, changes nothing more', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const [a, b] = play(history)
        expect(state(mergeStates(a!, a!), false)).toBe(state(a!, false))
        const once = mergeStates(a!, b!)
        expect(state(mergeStates(once, b!))).toBe(state(once))
        expect(state(mergeStates(once, a!))).toBe(state(once))
      }),
      runs
    )
  })

  it('loses nothing: every item is kept, each field holds its latest write, undeleted items stay shown', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const replicas = play(history)
        const merged = replicas.reduce((left, right) => mergeStates(left, right))
        const mergedAll = allEntries(merged)
        const shown = visibleEntries(merged)
        for (const project of replicas) {
          for (const [key, entry] of allEntries(project)) {
            const kept = mergedAll.get(key)
            expect(kept, key).toBeDefined()
            for (const field of mergedFields(entry)) {
              const latest = replicas
                .filter((other) => allEntries(other).has(key))
                .map((other) => ({ clock: fieldClock(clocksOf(other.sync, key), field), value: allEntries(other).get(key)!.item[field] }))
                .sort((x, y) => (x.clock < y.clock ? 1 : x.clock > y.clock ? -1 : canonicalJSON(x.value) < canonicalJSON(y.value) ? 1 : -1))[0]!
              expect(kept!.item[field]).toEqual(latest.value)
            }
          }
          for (const [key, entry] of visibleEntries(project)) {
            const deletedSomewhere = replicas.some((other) => other.sync.tombstones[key] !== undefined || (entry.parent !== undefined && other.sync.tombstones[entryKey('annotation', entry.parent)] !== undefined))
            if (!deletedSomewhere) expect(shown.has(key), key).toBe(true)
          }
        }
      }),
      { numRuns: 200 }
    )
  })

  it('carries deletions: an item deleted after its last write anywhere is gone after the merge', () => {
    let deletions = 0
    fc.assert(
      fc.property(histories, (history) => {
        const replicas = play(history)
        const merged = replicas.reduce((left, right) => mergeStates(left, right))
        const shown = visibleEntries(merged)
        for (const [key, tombstone] of Object.entries(merged.sync.tombstones)) {
          const lastWrite = replicas
            .flatMap((project) => [...allEntries(project)].filter(([other, entry]) => other === key || (key.startsWith('annotation:') && entryKey('annotation', entry.parent ?? '') === key)).map(([other]) => latestClock(clocksOf(project.sync, other))))
            .reduce((a, b) => (a > b ? a : b), '')
          if (tombstone > lastWrite) {
            deletions++
            expect(shown.has(key), key).toBe(false)
          }
        }
      }),
      runs
    )
    expect(deletions).toBeGreaterThan(0)
  })
})
