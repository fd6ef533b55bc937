import { memo, type ReactNode } from 'react'
import type { OutlineEntry } from '../../../shared/document/outline'
import { useOverlaySelector, type OverlayValue } from '../annotations/overlay-value'
import { t } from '../i18n'

/** Annotations per unit eId, read where each count is shown (one entry re-renders when its count changes). */
export type OutlineCounts = Pick<OverlayValue<ReadonlyMap<string, number>>, 'get' | 'subscribe'>

interface Props {
  entries: OutlineEntry[]
  counts?: OutlineCounts
  onSelect: (eId: string) => void
  /** Shown beside the heading (e.g. the last import's warnings). */
  actions?: ReactNode
}

function entryText(entry: OutlineEntry): string {
  if (entry.kind === 'preamble') return entry.label || t('outlinePreamble')
  return entry.heading ? `${entry.label}. ${entry.heading}` : entry.label
}

function Count({ counts, eId }: { counts: OutlineCounts; eId: string }) {
  const count = useOverlaySelector(counts, (map) => map.get(eId) ?? 0)
  if (!count) return null
  return (
    <span className="outline-count" title={t('outlineAnnotationCount', { count })}>
      {count}
    </span>
  )
}

function Entries({ entries, counts, onSelect }: Omit<Props, 'actions'>) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.eId} className={`outline-${entry.kind}`}>
          <button type="button" data-eid={entry.eId} onClick={() => onSelect(entry.eId)} title={entryText(entry)}>
            {entryText(entry)}
            {counts && <Count counts={counts} eId={entry.eId} />}
          </button>
          {entry.children.length > 0 && <Entries entries={entry.children} counts={counts} onSelect={onSelect} />}
        </li>
      ))}
    </ul>
  )
}

/** The document's preamble, parts, chapters and articles; a click jumps to one. */
export const Outline = memo(function Outline({ entries, counts, onSelect, actions }: Props) {
  return (
    <nav className="outline" aria-label={t('outlineTitle')}>
      <div className="outline-header">
        <h2>{t('outlineTitle')}</h2>
        {actions}
      </div>
      {entries.length === 0 ? <p className="muted">{t('outlineEmpty')}</p> : <Entries entries={entries} counts={counts} onSelect={onSelect} />}
    </nav>
  )
})
