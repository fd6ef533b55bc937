import type { RecentProject } from '../../../shared/ipc'
import { t } from '../i18n'

export function RecentProjects({ recent, onOpen }: { recent: RecentProject[]; onOpen: (recentId: string) => void }) {
  return (
    <section className="recent" aria-label={t('recentTitle')}>
      <h2>{t('recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('recentEmpty')}</p>
      ) : (
        <ul>
          {recent.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => onOpen(entry.id)} title={entry.fileName}>
                {entry.title || entry.fileName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
