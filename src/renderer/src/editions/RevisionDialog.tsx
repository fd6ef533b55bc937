import { useState } from 'react'
import type { ImportedText } from '../../../shared/ipc'
import { FormButtons } from '../components/FormButtons'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import type { RevisionName } from './revise'

interface Props {
  imported: ImportedText
  /** The label of the edition read now, kept in the project. */
  previous: string
  notes: number
  onConfirm: (name: RevisionName) => void
  onClose: () => void
}

/** Names the revised edition (label, date) before its text replaces the one read and the notes are carried. */
export function RevisionDialog({ imported, previous, notes, onConfirm, onClose }: Props) {
  const [label, setLabel] = useState(imported.fileName.replace(/\.[^.]+$/, ''))
  const [date, setDate] = useState('')
  return (
    <Modal title={t('revisionTitle')} onClose={onClose}>
      <form
        method="dialog"
        className="revision-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm({ label, date })
        }}
      >
        <p>{t('revisionIntro', { fileName: imported.fileName, count: notes, previous })}</p>
        <label>
          {t('revisionLabel')}
          <input autoFocus value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <label>
          {t('revisionDate')}
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <FormButtons onCancel={onClose} submitLabel={t('revisionSubmit')} />
      </form>
    </Modal>
  )
}
