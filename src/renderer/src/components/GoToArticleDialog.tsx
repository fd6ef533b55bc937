import { useState } from 'react'
import { t } from '../i18n'
import { Modal } from './Modal'
import { FormButtons } from './FormButtons'

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
          <input autoFocus value={num} onChange={(event) => setNum(event.target.value)} />
        </label>
        {missing !== null && (
          <p role="alert" className="error-text">
            {t('goToNotFound', { num: missing })}
          </p>
        )}
        <FormButtons onCancel={onClose} submitLabel={t('goToSubmit')} />
      </form>
    </Modal>
  )
}
