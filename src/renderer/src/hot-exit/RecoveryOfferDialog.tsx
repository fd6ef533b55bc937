import type { RecoveryOffer } from '../../../shared/ipc'
import { Modal } from '../components/Modal'
import { locale, t } from '../i18n'

const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })

interface Props {
  offer: RecoveryOffer
  onRestore: () => void
  onDiscard: () => void
  /** Later: the offer comes back the next time a project is opened or Glossa starts. */
  onClose: () => void
}

/** Unsaved work a session left when it ended without saving: how many changes, to what, from when. */
export function RecoveryOfferDialog({ offer, onRestore, onDiscard, onClose }: Props) {
  return (
    <Modal title={t('recoveryTitle')} onClose={onClose}>
      <p data-testid="recovery-intro">{t('recoveryIntro', { count: offer.changes, title: offer.title })}</p>
      <p data-testid="recovery-when">{t('recoveryWhen', { from: when.format(new Date(offer.firstAt)), to: when.format(new Date(offer.lastAt)) })}</p>
      <p>{offer.fileName === null ? t('recoveryUntitled') : t('recoveryFile', { fileName: offer.fileName })}</p>
      {offer.olderVersion && <p className="warning-text">{t('recoveryOlderVersion')}</p>}
      <div className="dialog-buttons">
        {/* First, so that the focus the dialog opens with neither restores nor throws anything away. */}
        <button type="button" onClick={onClose}>
          {t('recoveryLater')}
        </button>
        <button type="button" className="danger" onClick={onDiscard}>
          {t('recoveryDiscard')}
        </button>
        <button type="button" className="primary" onClick={onRestore}>
          {t('recoveryRestore')}
        </button>
      </div>
    </Modal>
  )
}
