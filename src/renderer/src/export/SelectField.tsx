import type { MessageKey } from '../../../shared/i18n/messages.en'
import { t } from '../i18n'

interface Props<T extends string> {
  label: MessageKey
  value: T
  choices: readonly T[]
  /** Each choice's label. */
  labels: Record<T, MessageKey>
  onChange: (value: T) => void
}

/** A labelled drop-down of fixed choices, each named by a message. */
export function SelectField<T extends string>({ label, value, choices, labels, onChange }: Props<T>) {
  return (
    <label>
      {t(label)}
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(labels[choice])}
          </option>
        ))}
      </select>
    </label>
  )
}
