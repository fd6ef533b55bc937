import { t } from '../i18n'
import { Modal } from './Modal'

interface Props {
  onConfirm: () => void
  onClose: () => void
}

/** Asks before unsaved changes are thrown away. */
export function ConfirmDiscardDialog({ onConfirm, onClose }: Props) {
  return (
    <Modal title={t('confirmDiscardTitle')} onClose={onClose}>
      <p>{t('confirmDiscard')}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('discard')}
        </button>
      </div>
    </Modal>
  )
}
