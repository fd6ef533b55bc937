import type { ReadOnlyReason } from '../../../shared/ipc'
import { locale, t } from '../i18n'

/** Says who holds the project this window opened read-only, and that saving to it is refused (Save As is not). */
export function ReadOnlyBanner({ reason }: { reason: ReadOnlyReason }) {
  const holder = reason.holder
  const since = holder && new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(holder.since))
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <p>{holder ? t('readOnlyBanner', { holder: holder.name || t('lockHolderUnknown'), host: holder.host, since: since! }) : t('readOnlyBannerUnknown')}</p>
    </div>
  )
}
