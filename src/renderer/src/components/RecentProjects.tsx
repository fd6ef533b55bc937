import type { RecentProject } from '../../../shared/ipc'
import { t } from '../i18n'

export function RecentProjects({ recent, onOpen }: { recent: RecentProject[]; onOpen: (path: string) => void }) {
  return (
    <section className="recent" aria-label={t('recentTitle')}>
      <h2>{t('recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('recentEmpty')}</p>
      ) : (
        <ul>
          {recent.map((entry) => (
            <li key={entry.path}>
              <button type="button" onClick={() => onOpen(entry.path)} title={entry.path}>
                {entry.title || entry.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
