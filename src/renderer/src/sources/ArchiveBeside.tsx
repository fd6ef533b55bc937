import { useMemo } from 'react'
import type { Annotation, Citation } from '../../../shared/annotations/types'
import { useOverlayValue } from '../annotations/overlay-value'
import { useStore } from '../store/useStore'
import { ArchivePane } from './ArchivePane'
import { archiveView } from './archive-view'

interface Props {
  /** Cites a passage in the annotation open in the annotation pane, if one is. */
  onCite?: (citation: Citation) => void
}

/** The archived-text pane for the source `archiveView` names, with the passages its citing notes quote. */
export function ArchiveBeside({ onCite }: Props) {
  const view = useOverlayValue(archiveView)
  const sourceId = view?.sourceId
  const source = useStore((state) => (sourceId ? state.open?.data.sources.get(sourceId) : undefined))
  const annotations = useStore((state) => state.open?.data.annotations)
  // Only while the pane is open: a closed pane costs nothing per edit.
  const quotes = useMemo(
    () =>
      [...(sourceId ? (annotations?.values() ?? []) : [])].flatMap((annotation) =>
        (annotation as Annotation).citations.flatMap((citation) => (citation.sourceId === sourceId && citation.quote ? [citation.quote] : []))
      ),
    [annotations, sourceId]
  )
  if (!source?.snapshot) return null
  return (
    <aside className="archive-pane">
      {/* A new search from the project's search panel starts the pane afresh. */}
      <ArchivePane key={`${source.id}\n${view?.search ?? ''}`} source={source} quotes={quotes} initialSearch={view?.search ?? ''} onCite={onCite} onClose={() => archiveView.set(null)} />
    </aside>
  )
}

/** Whether the pane is showing, for the layout's columns. */
export function useArchiveOpen(): boolean {
  const sourceId = useOverlayValue(archiveView)?.sourceId
  return useStore((state) => Boolean(sourceId && state.open?.data.sources.get(sourceId)?.snapshot))
}
