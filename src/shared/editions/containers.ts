import { shingles } from './similarity'
import type { PairStatus } from './types'
import type { EditionStructure, EditionUnit } from './units'

/** The nearest container of `kind` around a unit (itself included), following `container` links. */
function ancestorOf(unit: EditionUnit | undefined, kind: 'part' | 'chapter', byEId: Map<string, EditionUnit>): EditionUnit | undefined {
  for (let at = unit; at; at = at.container ? byEId.get(at.container) : undefined) if (at.kind === kind) return at
  return undefined
}

/** Pairs preamble with preamble, and each part and chapter with the one that received most of its articles. */
export function pairContainers(old: EditionStructure, revised: EditionStructure, articlePairs: Map<number, number>): Map<EditionUnit, EditionUnit> {
  const result = new Map<EditionUnit, EditionUnit>()
  const taken = new Set<EditionUnit>()
  const oldByEId = new Map(old.containers.map((unit) => [unit.eId, unit]))
  const newByEId = new Map(revised.containers.map((unit) => [unit.eId, unit]))
  const oldPreamble = old.containers.find((unit) => unit.kind === 'preamble')
  const newPreamble = revised.containers.find((unit) => unit.kind === 'preamble')
  if (oldPreamble && newPreamble) result.set(oldPreamble, newPreamble)
  for (const kind of ['part', 'chapter'] as const) {
    const votes = new Map<EditionUnit, Map<EditionUnit, number>>()
    for (const [i, j] of articlePairs) {
      const from = ancestorOf(oldByEId.get(old.articles[i]!.container), kind, oldByEId)
      const to = ancestorOf(newByEId.get(revised.articles[j]!.container), kind, newByEId)
      if (!from || !to) continue
      const tally = votes.get(from) ?? new Map<EditionUnit, number>()
      tally.set(to, (tally.get(to) ?? 0) + 1)
      votes.set(from, tally)
    }
    const oldOfKind = old.containers.filter((unit) => unit.kind === kind)
    for (const from of oldOfKind) {
      const ranked = [...(votes.get(from) ?? [])].filter(([to]) => !taken.has(to)).sort((a, b) => b[1] - a[1])
      const to = ranked[0]?.[0]
      if (to) {
        result.set(from, to)
        taken.add(to)
      }
    }
    // A part that kept no article of its own: the one of the same number, if free.
    for (const from of oldOfKind) {
      if (result.has(from)) continue
      const to = revised.containers.find((unit) => unit.kind === kind && unit.num === from.num && !taken.has(unit))
      if (to) {
        result.set(from, to)
        taken.add(to)
      }
    }
  }
  return result
}

export function containerStatus(from: EditionUnit, to: EditionUnit): PairStatus {
  return shingles(from.text).key === shingles(to.text).key ? 'unchanged' : 'changed'
}
