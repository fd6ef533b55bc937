import { useState } from 'react'
import { t } from '../i18n'
import { Modal } from './Modal'

interface Props {
  /** Jumps to the article and returns true, or returns false if there is none. */
  onGo: (num: string) => boolean
  onClose: () => void
}

export function GoToArticleDialog({ onGo, onClose }: Props) {
  const [num, setNum] = useState('')
  const [missing, setMissing] = useState<string | null>(null)
  return (
    <Modal title={t('goToTitle')} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (onGo(num)) onClose()
          else setMissing(num)
        }}
      >
        <label>
          {t('goToLabel')}
          <input autoFocus inputMode="numeric" value={num} onChange={(event) => setNum(event.target.value)} />
        </label>
        {missing !== null && (
          <p role="alert" className="error-text">
            {t('goToNotFound', { num: missing })}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary">
            {t('goToSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
