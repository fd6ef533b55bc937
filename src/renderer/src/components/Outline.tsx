import type { ReactNode } from 'react'
import type { OutlineEntry } from '../../../shared/document/outline'
import { t } from '../i18n'

interface Props {
  entries: OutlineEntry[]
  /** Annotations per unit eId, shown beside each entry. */
  counts?: ReadonlyMap<string, number>
  onSelect: (eId: string) => void
  /** Shown beside the heading (e.g. the last import's warnings). */
  actions?: ReactNode
}

function entryText(entry: OutlineEntry): string {
  if (entry.kind === 'preamble') return entry.label || t('outlinePreamble')
  return entry.heading ? `${entry.label}. ${entry.heading}` : entry.label
}

function Entries({ entries, counts, onSelect }: Props) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.eId} className={`outline-${entry.kind}`}>
          <button type="button" data-eid={entry.eId} onClick={() => onSelect(entry.eId)} title={entryText(entry)}>
            {entryText(entry)}
            {Boolean(counts?.get(entry.eId)) && (
              <span className="outline-count" title={t('outlineAnnotationCount', { count: counts!.get(entry.eId)! })}>
                {counts!.get(entry.eId)}
              </span>
            )}
          </button>
          {entry.children.length > 0 && <Entries entries={entry.children} counts={counts} onSelect={onSelect} />}
        </li>
      ))}
    </ul>
  )
}

/** The document's preamble, parts, chapters and articles; a click jumps to one. */
export function Outline({ entries, counts, onSelect, actions }: Props) {
  return (
    <nav className="outline" aria-label={t('outlineTitle')}>
      <div className="outline-header">
        <h2>{t('outlineTitle')}</h2>
        {actions}
      </div>
      {entries.length === 0 ? <p className="muted">{t('outlineEmpty')}</p> : <Entries entries={entries} counts={counts} onSelect={onSelect} />}
    </nav>
  )
}
