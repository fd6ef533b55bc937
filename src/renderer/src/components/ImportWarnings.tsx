import { useState } from 'react'
import type { ImportWarning } from '../../../shared/import/report'
import { warningText } from '../../../shared/import/summary'
import { t } from '../i18n'
import { Modal } from './Modal'

interface Props {
  warnings: readonly ImportWarning[]
  /** Shows the unit a warning concerns (the editor's goTo). */
  onGoTo: (eId: string) => void
}

/**
 * The last import's warnings (numbering gaps and the like), still reachable after the import was confirmed:
 * a button in the outline header opens the list; choosing a warning goes to its unit.
 */
export function ImportWarningsButton({ warnings, onGoTo }: Props) {
  const [open, setOpen] = useState(false)
  const goTo = (eId: string) => {
    setOpen(false)
    onGoTo(eId)
  }
  return (
    <>
      <button type="button" className="import-warnings-button" onClick={() => setOpen(true)}>
        {t('importWarningsButton', { count: warnings.length })}
      </button>
      {open && (
        <Modal title={t('importWarningsTitle')} onClose={() => setOpen(false)}>
          <p className="muted">{t('importWarningsIntro')}</p>
          <ul className="report-warnings import-warnings-list">
            {warnings.map((warning, index) => (
              <li key={index}>
                {warning.eId ? (
                  <button type="button" className="link-button" data-eid={warning.eId} onClick={() => goTo(warning.eId!)}>
                    {warningText(warning)}
                  </button>
                ) : (
                  <span>{warningText(warning)}</span>
                )}
              </li>
            ))}
          </ul>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setOpen(false)} autoFocus>
              {t('close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  )
}
