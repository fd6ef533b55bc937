import { describe, expect, it } from 'vitest'
import { articleNumbers, generateEditionPair } from '../fixtures/generate-editions'
import { alignEditions } from './align'
import { importEdition } from './testing'

const art = (num: number | undefined) => (num === undefined ? null : `art_${num}`)

describe.each(['en', 'ru', 'kk'] as const)('aligning two editions (%s)', (language) => {
  const pair = generateEditionPair({ language, deleteArticle: true })
  const alignment = alignEditions(importEdition(pair.old), importEdition(pair.revised), { language })
  const oldNumbers = articleNumbers(pair.old)
  const newNumbers = articleNumbers(pair.revised)
  const { changes } = pair

  it('pairs every article with its own counterpart, whatever its new number', () => {
    const expected = [...oldNumbers].map(([id, num]) => [art(num), art(newNumbers.get(id))])
    for (const id of newNumbers.keys()) if (!oldNumbers.has(id)) expected.push([null, art(newNumbers.get(id))])
    const actual = alignment.articles.map((entry) => [entry.from?.eId ?? null, entry.to?.eId ?? null])
    expect(new Set(actual.map(String))).toEqual(new Set(expected.map(String)))
    expect(actual).toHaveLength(expected.length)
  })

  it('says which articles were inserted, deleted, reworded, renumbered and moved', () => {
    const entryOf = (id: string) => alignment.articles.find((entry) => entry.from?.eId === art(oldNumbers.get(id)) && entry.to?.eId === art(newNumbers.get(id)))!
    expect(alignment.articles.filter((entry) => entry.status === 'inserted').map((entry) => entry.to!.eId)).toEqual([art(newNumbers.get(changes.insertedArticle))])
    expect(alignment.articles.filter((entry) => entry.status === 'deleted').map((entry) => entry.from!.eId)).toEqual([art(oldNumbers.get(changes.deletedArticle!))])
    const changed = new Set([...changes.reworded.keys(), changes.insertedClause.article, changes.deletedClause.article])
    expect(new Set(alignment.articles.filter((entry) => entry.status === 'changed').map((entry) => entry.to!.eId))).toEqual(new Set([...changed].map((id) => art(newNumbers.get(id)))))
    expect(alignment.articles.filter((entry) => entry.moved).map((entry) => entry.to!.eId)).toEqual([art(newNumbers.get(changes.movedArticle))])
    const renumbered = [...oldNumbers].filter(([id, num]) => newNumbers.has(id) && newNumbers.get(id) !== num).map(([id]) => art(newNumbers.get(id)))
    expect(new Set(alignment.articles.filter((entry) => entry.renumbered).map((entry) => entry.to!.eId))).toEqual(new Set(renumbered))
    expect(renumbered.length).toBeGreaterThan(20)
    expect(entryOf(changes.movedArticle).status).toBe('unchanged')
  })

  it('pairs clauses inside an article: an inserted "2-1." is new and clause 3 is still clause 3', () => {
    const entry = alignment.articles.find((candidate) => candidate.to?.eId === art(newNumbers.get(changes.insertedClause.article)))!
    const eIdOf = (segment: { key: string } | null) => segment?.key ?? null
    const base = entry.to!.eId
    expect(entry.segments.map((segment) => [eIdOf(segment.from), eIdOf(segment.to), segment.status])).toEqual([
      [`${entry.from!.eId}__para_1`, `${base}__para_1`, 'unchanged'],
      [`${entry.from!.eId}__para_2`, `${base}__para_2`, 'unchanged'],
      [null, `${base}__para_2-1`, 'inserted'],
      ...entry.segments.slice(3).map((segment) => [segment.from!.key, segment.to!.key, 'unchanged'])
    ])
    expect(entry.segments.slice(3).every((segment) => !segment.renumbered)).toBe(true)
  })

  it('finds a deleted clause and renumbers the clauses after it', () => {
    const entry = alignment.articles.find((candidate) => candidate.to?.eId === art(newNumbers.get(changes.deletedClause.article)))!
    const deleted = entry.segments.filter((segment) => segment.status === 'deleted')
    expect(deleted.map((segment) => segment.from!.num)).toEqual(['2'])
    const after = entry.segments.slice(entry.segments.indexOf(deleted[0]!) + 1)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((segment) => segment.status === 'unchanged' && segment.renumbered && Number(segment.from!.num) === Number(segment.to!.num) + 1)).toBe(true)
  })

  it('gives a reworded clause a word diff that keeps its unchanged words', () => {
    const [id, [clause]] = [...changes.reworded][0]!
    const entry = alignment.articles.find((candidate) => candidate.to?.eId === art(newNumbers.get(id)))!
    const reworded = entry.segments.find((segment) => segment.status === 'changed')!
    expect(reworded.from!.num).toBe(clause!.slice(clause!.indexOf('c') + 1))
    const diff = reworded.diff!
    expect(diff.filter((change) => change.kind !== 'added').map((change) => change.before ?? change.text).join('')).toBe(reworded.from!.text)
    expect(diff.filter((change) => change.kind !== 'removed').map((change) => change.text).join('')).toBe(reworded.to!.text)
    // Whole words, not letters: Cyrillic too.
    expect(diff.filter((change) => change.kind === 'added').every((change) => /^\s*[\p{L}-]{2,}|^[,\s]+$/u.test(change.text))).toBe(true)
    expect(diff.some((change) => change.kind === 'same' && change.text.trim().split(/\s+/).length >= 2)).toBe(true)
  })

  it('pairs a renamed part with itself', () => {
    const renamed = alignment.containers.filter((entry) => entry.status !== 'unchanged')
    expect(renamed.map((entry) => [entry.from?.eId, entry.to?.eId, entry.status])).toEqual([[`part_${changes.renamedPart + 1}`, `part_${changes.renamedPart + 1}`, 'changed']])
  })
})

describe('aligning a thorough revision', () => {
  it('pairs every article with itself when every one was reworded and one moved far', () => {
    const pair = generateEditionPair({ articles: 300, reworded: 300 })
    const alignment = alignEditions(importEdition(pair.old), importEdition(pair.revised))
    const oldNumbers = articleNumbers(pair.old)
    const newNumbers = articleNumbers(pair.revised)
    const expected = [...oldNumbers].map(([id, num]) => `art_${num} -> art_${newNumbers.get(id)}`)
    const actual = alignment.articles.filter((entry) => entry.from && entry.to).map((entry) => `${entry.from!.eId} -> ${entry.to!.eId}`)
    expect(new Set(actual)).toEqual(new Set(expected))
    expect(alignment.articles.filter((entry) => entry.status === 'changed').length).toBeGreaterThan(250)
    expect(alignment.articles.filter((entry) => entry.moved).map((entry) => entry.to!.eId)).toEqual([`art_${newNumbers.get(pair.changes.movedArticle)}`])
  })
})

describe('aligning editions that differ only in their structure', () => {
  it('marks an article that now opens the next part as moved, not renumbered', () => {
    const { old } = generateEditionPair({ articles: 24, parts: 3 })
    const last = old.parts[0]!.articles.at(-1)!
    const revised = { ...old, parts: old.parts.map((part, index) => ({ ...part, articles: index === 0 ? part.articles.slice(0, -1) : index === 1 ? [last, ...part.articles] : part.articles })) }
    const alignment = alignEditions(importEdition(old), importEdition(revised))
    expect(alignment.articles.filter((entry) => entry.moved || entry.renumbered || entry.status !== 'unchanged').map((entry) => [entry.from?.eId, entry.to?.eId, entry.moved, entry.renumbered])).toEqual([['art_8', 'art_8', true, false]])
    expect(alignment.containers.every((entry) => entry.status === 'unchanged' && entry.from?.eId === entry.to?.eId)).toBe(true)
  })

  it('reads a renumbering alone as renumbered articles with unchanged text', () => {
    const { old } = generateEditionPair({ articles: 20, parts: 2 })
    const first = old.parts[0]!.articles[0]!
    const revised = { ...old, parts: old.parts.map((part, index) => ({ ...part, articles: index === 0 ? part.articles.slice(1) : [...part.articles, first] })) }
    const alignment = alignEditions(importEdition(old), importEdition(revised))
    expect(alignment.articles.every((entry) => entry.status === 'unchanged' && entry.from && entry.to)).toBe(true)
    expect(alignment.articles.filter((entry) => entry.moved).map((entry) => [entry.from!.eId, entry.to!.eId])).toEqual([['art_1', 'art_20']])
    expect(alignment.articles.filter((entry) => entry.renumbered)).toHaveLength(20)
  })
})

describe('aligning the same law in two languages', () => {
  it('pairs articles, parts and clauses by number when asked to align by structure', () => {
    const kazakh = generateEditionPair({ language: 'kk', articles: 40 }).revised
    const russian = generateEditionPair({ language: 'ru', articles: 40 }).revised
    const alignment = alignEditions(importEdition(kazakh), importEdition(russian), { by: 'structure' })
    expect(alignment.articles).toHaveLength(41)
    expect(alignment.articles.every((entry) => entry.from && entry.to && entry.from.eId === entry.to.eId && entry.status === 'changed' && !entry.moved)).toBe(true)
    expect(alignment.articles.flatMap((entry) => entry.segments).every((segment) => segment.from?.key === segment.to?.key && segment.diff === undefined)).toBe(true)
    expect(alignment.containers.every((entry) => entry.from?.eId === entry.to?.eId)).toBe(true)
  })
})

describe('aligning editions with nothing in common', () => {
  it('pairs no article and keeps them all', () => {
    const english = generateEditionPair({ language: 'en', articles: 12 }).old
    const other = generateEditionPair({ language: 'ru', articles: 12 }).old
    const alignment = alignEditions(importEdition(english), importEdition({ ...other, parts: other.parts.map((part) => ({ ...part, articles: part.articles.slice(0, 1) })) }))
    expect(alignment.articles.filter((entry) => entry.from && entry.to)).toHaveLength(0)
    expect(alignment.articles).toHaveLength(12 + other.parts.length)
  })
})
