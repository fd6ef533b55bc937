import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { buildSearchIndex, search, type SearchHit } from '../../../shared/search/search'
import { t } from '../i18n'
import { Snippet } from './Snippet'
import { ArchiveSearchHits } from '../sources/ArchiveSearchHits'
import { NotesSourcesResults } from '../search/NotesSourcesResults'

interface Props {
  doc: PMNode
  /** Highlights the hits and scrolls to the active one (-1: none). */
  onHits: (hits: SearchHit[], active: number) => void
  onClose: () => void
}

/**
 * Full-text search of the legal text, then of the notes and sources: results grouped by article with a snippet; Enter jumps to the next
 * hit (Shift+Enter to the previous), a click to that hit, Escape closes the panel and clears the marks.
 */
export function SearchPanel({ doc, onHits, onClose }: Props) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(-1)
  // The field updates at once; searching, the result list and the marks in the text follow in a
  // low-priority render that the next keystroke interrupts, so typing (here or in the text) never waits.
  const searchedQuery = useDeferredValue(query)
  const searchedDoc = useDeferredValue(doc)
  const index = useMemo(() => buildSearchIndex(searchedDoc), [searchedDoc])
  const results = useMemo(() => search(index, searchedQuery), [index, searchedQuery])
  const hits = useMemo(() => results.groups.flatMap((group) => group.hits), [results])
  /** Where each group's hits start in `hits`, for the active-hit index. */
  const groupStarts = useMemo(() => {
    const starts: number[] = []
    let count = 0
    for (const group of results.groups) {
      starts.push(count)
      count += group.hits.length
    }
    return starts
  }, [results])

  useEffect(() => onHits(hits, active), [hits, active, onHits])
  useEffect(() => () => onHits([], -1), [onHits])

  const jump = (step: number) => {
    if (hits.length === 0) return
    setActive((current) => (current < 0 && step < 0 ? hits.length - 1 : (current + step + hits.length) % hits.length))
  }

  return (
    <section className="search-panel" aria-label={t('searchLabel')}>
      <input
        type="search"
        autoFocus
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            jump(event.shiftKey ? -1 : 1)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
      />
      {searchedQuery.trim() && (
        <p className="muted" data-testid="search-count" aria-live="polite">
          {results.total === 0 ? t('searchNone') : t('searchCount', { count: results.total, articles: results.groups.length })}
        </p>
      )}
      <ol className="search-results">
        {results.groups.map((group, groupIndex) => {
          const first = groupStarts[groupIndex]!
          return (
            <li key={`${group.eId}-${first}`} className="search-group">
              <h3>{group.label || t('searchOutsideArticles')}</h3>
              <ul>
                {group.hits.map((hit, hitIndex) => (
                  <li key={hit.from}>
                    <button type="button" className={first + hitIndex === active ? 'active' : undefined} onClick={() => setActive(first + hitIndex)}>
                      <Snippet {...hit} />
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
      {results.total > results.shown && <p className="muted">{t('searchMore', { count: results.total - results.shown })}</p>}
      <ArchiveSearchHits query={searchedQuery} />
      <NotesSourcesResults query={searchedQuery} doc={searchedDoc} />
    </section>
  )
}
