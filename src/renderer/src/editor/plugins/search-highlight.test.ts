import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { legalSchema } from '../../../../shared/document/schema'
import { generateLegalText } from '../../../../shared/fixtures/generate-text'
import { importPlainText } from '../../../../shared/import/plain-text'
import { buildSearchIndex, search } from '../../../../shared/search/search'
import { drawnHits, searchHighlightPlugin, setSearchHits } from './search-highlight'

function startState() {
  const outcome = importPlainText(generateLegalText({ language: 'en', parts: 3, articles: 40 }))
  if (!outcome.ok) throw new Error(outcome.error.code)
  return EditorState.create({ doc: legalSchema.nodeFromJSON(outcome.doc), plugins: [searchHighlightPlugin()] })
}

const hitsOf = (state: EditorState, query: string) => search(buildSearchIndex(state.doc), query).groups.flatMap((group) => group.hits.map(({ from, to }) => ({ from, to })))

describe('search hits in the text', () => {
  it('draws every hit when the view cannot tell what is on screen', () => {
    const state = startState()
    const hits = hitsOf(state, 'state')
    expect(hits.length).toBeGreaterThan(20)
    const shown = state.apply(setSearchHits(state.tr, hits, -1))
    expect(drawnHits(shown)).toEqual(hits)
  })

  it('draws only the hits near the screen, and the active hit wherever it is', () => {
    const state = startState()
    const hits = hitsOf(state, 'state')
    const middle = hits[Math.floor(hits.length / 2)]!
    const window = { from: middle.from - 300, to: middle.to + 300 }
    const near = hits.filter((hit) => hit.to > window.from && hit.from < window.to)
    expect(near.length).toBeGreaterThan(0)
    expect(near.length).toBeLessThan(hits.length)

    const shown = state.apply(setSearchHits(state.tr, hits, hits.length - 1, window))
    expect(drawnHits(shown)).toEqual([...near, hits.at(-1)!])
  })

  it('keeps the hits on their words through an edit before them, and clears them with no hits', () => {
    const state = startState()
    const hits = hitsOf(state, 'state')
    const shown = state.apply(setSearchHits(state.tr, hits, -1))
    const wordsIn = (each: EditorState) => drawnHits(each).map((hit) => each.doc.textBetween(hit.from, hit.to))
    const edited = shown.apply(shown.tr.insertText('New words. ', 2))
    expect(drawnHits(edited)[0]!.from).toBe(hits[0]!.from + 'New words. '.length)
    expect(wordsIn(edited)).toEqual(wordsIn(shown))
    expect(drawnHits(edited.apply(setSearchHits(edited.tr, [], -1)))).toEqual([])
  })
})
