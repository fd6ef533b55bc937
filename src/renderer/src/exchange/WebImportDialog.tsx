import { Modal } from '../components/Modal'
import { t } from '../i18n'
import type { WebImportReport } from './import-web-annotations'

/** What an import of Web Annotations added, what it could not place, and what the sanitiser removed. */
export function WebImportDialog({ report, onClose }: { report: WebImportReport; onClose: () => void }) {
  return (
    <Modal title={t('webImportTitle')} onClose={onClose}>
      <div data-testid="web-import-report">
        <p>{t('webImportPlaced', { count: report.placed })}</p>
        {report.unplaced > 0 && <p>{t('webImportUnplaced', { count: report.unplaced })}</p>}
        {report.skipped > 0 && <p>{t('webImportSkipped', { count: report.skipped })}</p>}
        {report.removed.length > 0 && <p>{t('sanitizedRemoved', { what: report.removed.join(', ') })}</p>}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </Modal>
  )
}
