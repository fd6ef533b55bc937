import type { GlossaError } from '../../../shared/errors'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { answerLink, useLinkQuestion } from './external-links'

/** Shows the full address of a link to a site not opened before, and opens it only on the user's yes. */
export function LinkConfirmDialog({ onError }: { onError: (error: GlossaError) => void }) {
  const question = useLinkQuestion()
  if (!question) return null
  return (
    <Modal title={t('linkConfirmTitle')} onClose={() => void answerLink(null, onError)}>
      <p>{t('linkConfirmIntro', { site: question.site })}</p>
      <p className="link-address" data-testid="link-address">
        {question.url}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void answerLink(null, onError)} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" onClick={() => void answerLink('always', onError)}>
          {t('linkAlwaysAllow')}
        </button>
        <button type="button" className="primary" onClick={() => void answerLink('once', onError)}>
          {t('linkOpen')}
        </button>
      </div>
    </Modal>
  )
}
