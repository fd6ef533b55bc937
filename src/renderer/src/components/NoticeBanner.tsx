import { t } from '../i18n'

/** A finished action's outcome ("Exported to …"), announced politely and dismissed by the user. */
export function NoticeBanner({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div className="notice-banner" role="status">
      <p data-testid="notice-message">{text}</p>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  )
}
