import { useState } from 'react'
import { authorColors, type Identity } from '../../../shared/identity/identity'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { FormButtons } from '../components/FormButtons'

interface Props {
  identity: Identity
  onSave: (change: { name: string; color: string }) => void
  onClose: () => void
}

/** Name and colour that sign everything this install writes. */
export function IdentityDialog({ identity, onSave, onClose }: Props) {
  const [name, setName] = useState(identity.name)
  const [color, setColor] = useState(identity.color)
  return (
    <Modal title={t('identityTitle')} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (name.trim()) onSave({ name: name.trim(), color })
        }}
      >
        <p>{t('identityIntro')}</p>
        <label>
          {t('identityName')} <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required autoFocus />
        </label>
        <fieldset className="identity-colors">
          <legend>{t('identityColor')}</legend>
          {authorColors.map((option) => (
            <label key={option} className="identity-color" style={{ background: option }}>
              <input type="radio" name="color" value={option} checked={color === option} onChange={() => setColor(option)} aria-label={option} />
            </label>
          ))}
        </fieldset>
        <FormButtons onCancel={onClose} submitLabel={t('identitySave')} canSubmit={name.trim() !== ''} />
      </form>
    </Modal>
  )
}
