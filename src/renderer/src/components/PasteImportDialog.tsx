import { useState } from 'react'
import { t } from '../i18n'
import { Modal } from './Modal'
import { FormButtons } from './FormButtons'

interface Props {
  /** Reads the pasted text; the import report follows if it holds a legal text. */
  onSubmit: (text: string) => void
  onClose: () => void
}

/**
 * Text copied from a newspaper site or a web page: the user pastes it here. A paste into a text field is
 * the user's own act, so no clipboard permission is needed (Glossa grants none).
 */
export function PasteImportDialog({ onSubmit, onClose }: Props) {
  const [text, setText] = useState('')
  return (
    <Modal title={t('pasteImportTitle')} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit(text)
        }}
      >
        <label>
          {t('pasteImportLabel')}
          <textarea className="paste-import" autoFocus rows={12} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <FormButtons onCancel={onClose} submitLabel={t('pasteImportSubmit')} canSubmit={text.trim() !== ''} />
      </form>
    </Modal>
  )
}
