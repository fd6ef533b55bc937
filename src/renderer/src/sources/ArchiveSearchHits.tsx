import { useMemo } from 'react'
import { searchArchives } from '../../../shared/sources/archive-search'
import { Snippet } from '../components/Snippet'
import { t } from '../i18n'
import { useStore } from '../store/useStore'
import { archiveView } from './archive-view'

/** The project search's hits in the sources' archived texts; a click opens the text beside the law at them. */
export function ArchiveSearchHits({ query }: { query: string }) {
  const sources = useStore((state) => state.open?.data.sources)
  const hits = useMemo(() => searchArchives([...(sources?.values() ?? [])], query), [sources, query])
  if (hits.length === 0) return null
  return (
    <section className="search-group" aria-label={t('searchArchivesTitle')}>
      <h3>{t('searchArchivesTitle')}</h3>
      <ul>
        {hits.map((hit) => (
          <li key={hit.sourceId}>
            <button type="button" onClick={() => archiveView.set({ sourceId: hit.sourceId, search: query })}>
              <strong>{t('searchArchiveHit', { title: hit.title, paragraphs: hit.paragraphs.join(', ') })}</strong>
              <br />
              <Snippet {...hit} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
