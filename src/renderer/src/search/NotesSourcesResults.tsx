import { useDeferredValue, useMemo } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { noteTexts, sourceTexts } from '../../../shared/search/project-texts'
import { buildTextSearchIndex, search, type SearchGroup } from '../../../shared/search/search'
import { t } from '../i18n'
import { projectStore, useStore } from '../store/useStore'
import './search-results.css'

interface Props {
  query: string
  doc: PMNode
}

/** Hits shown per section; the count says how many there are in all. */
const limit = 200

/** Each unit's label by its eId (a note's hits are labelled by the article it is on). */
function unitLabels(doc: PMNode): Map<string, string> {
  const labels = new Map<string, string>()
  doc.descendants((node) => {
    const eId = node.attrs['eId']
    if (typeof eId === 'string' && eId) labels.set(eId, String(node.attrs['label'] ?? '') || eId)
    return !node.isTextblock
  })
  return labels
}

/** One section of results: a heading with the count, each group (a note, a source) with its snippets. */
function Section({ title, groups, onOpen }: { title: string; groups: SearchGroup[]; onOpen?: (id: string) => void }) {
  return (
    <section className="search-section" aria-label={title}>
      <h3 className="search-section-title">{title}</h3>
      <ol className="search-results">
        {groups.map((group) => (
          <li key={group.eId} className="search-group" data-id={group.eId}>
            <h3>{group.label}</h3>
            <ul>
              {group.hits.map((hit) => (
                <li key={hit.from}>
                  {onOpen ? (
                    <button type="button" onClick={() => onOpen(group.eId)}>
                      {hit.before}
                      <mark>{hit.match}</mark>
                      {hit.after}
                    </button>
                  ) : (
                    <span className="search-snippet">
                      {hit.before}
                      <mark>{hit.match}</mark>
                      {hit.after}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}

/**
 * Search results beyond the law, after it: the notes (commentary and replies), then the sources, with the
 * same word-form search, in the document's language. A note's hit opens the note.
 */
export function NotesSourcesResults({ query, doc }: Props) {
  const annotations = useDeferredValue(useStore((state) => state.open?.data.annotations))
  const sources = useDeferredValue(useStore((state) => state.open?.data.sources))
  const language = useStore((state) => state.open?.data.rest.document?.language)
  const labels = useMemo(() => unitLabels(doc), [doc])
  const notesIndex = useMemo(() => buildTextSearchIndex(noteTexts(annotations?.values() ?? [], (eId) => labels.get(eId) ?? eId), language), [annotations, labels, language])
  const sourcesIndex = useMemo(() => buildTextSearchIndex(sourceTexts(sources?.values() ?? []), language), [sources, language])
  const notes = useMemo(() => (query.trim() ? search(notesIndex, query, limit) : null), [notesIndex, query])
  const found = useMemo(() => (query.trim() ? search(sourcesIndex, query, limit) : null), [sourcesIndex, query])
  return (
    <>
      {notes && notes.total > 0 && <Section title={t('searchInNotes', { count: notes.total })} groups={notes.groups} onOpen={(id) => projectStore.select(id)} />}
      {found && found.total > 0 && (
        <Section title={t('searchInSources', { count: found.total })} groups={found.groups} />
      )}
    </>
  )
}
