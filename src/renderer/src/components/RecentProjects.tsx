import type { RecentProject } from '../../../shared/ipc'
import { t } from '../i18n'

interface Props {
  recent: RecentProject[]
  onOpen: (recentId: string) => void
  onRemove: (recentId: string) => void
}

/** The recent list: a file that has moved or gone is shown as missing (it cannot be opened) and can be taken off. */
export function RecentProjects({ recent, onOpen, onRemove }: Props) {
  return (
    <section className="recent" aria-label={t('recentTitle')}>
      <h2>{t('recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('recentEmpty')}</p>
      ) : (
        <ul>
          {recent.map((entry) => {
            const name = entry.title || entry.fileName
            return (
              <li key={entry.id} className={entry.missing ? 'recent-missing' : undefined}>
                <button type="button" className="recent-open" disabled={entry.missing} onClick={() => onOpen(entry.id)} title={entry.fileName}>
                  {name}
                </button>
                {entry.missing && <span className="recent-missing-label">{t('recentMissing')}</span>}
                <button type="button" className="recent-remove" onClick={() => onRemove(entry.id)} aria-label={t('recentRemove', { name })} title={t('recentRemove', { name })}>
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
