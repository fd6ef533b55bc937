import type { GlossaError } from '../../../shared/errors'
import { t } from '../i18n'

/** A refusal or failure, in words the user can act on; the technical detail is one click away. */
export function ErrorBanner({ error, onDismiss }: { error: GlossaError; onDismiss: () => void }) {
  return (
    <div className="error-banner" role="alert">
      <div>
        <strong>{t('errorTitle')}</strong>
        <p data-testid="error-message">{t(error.code, error.params)}</p>
        {error.detail && (
          <details>
            <summary>{t('errorDetails')}</summary>
            <code>{error.detail}</code>
          </details>
        )}
      </div>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  )
}
