import { t } from '../i18n'

interface Props {
  onCancel: () => void
  submitLabel: string
  canSubmit?: boolean
}

/** The foot of a dialog's form: Cancel, then the form's submit action. */
export function FormButtons({ onCancel, submitLabel, canSubmit = true }: Props) {
  return (
    <div className="dialog-buttons">
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" className="primary" disabled={!canSubmit}>
        {submitLabel}
      </button>
    </div>
  )
}
