import { Modal } from '../components/Modal'
import { t } from '../i18n'
import type { WebImportReport } from './import-web-annotations'
import type { EntryNote } from '../../../shared/exchange/web-annotation'

/** How many refusals the dialog lists; a file of thousands names the rest by count. */
const listedNotes = 100

function EntryNotes({ title, notes, testId }: { title: string; notes: EntryNote[]; testId: string }) {
  if (notes.length === 0) return null
  return (
    <>
      <p>{title}</p>
      <ul data-testid={testId}>
        {notes.slice(0, listedNotes).map((note, index) => (
          <li key={index}>{t('webImportEntry', { entry: note.entry, id: note.id ?? '', reason: t(note.code, note.params) })}</li>
        ))}
      </ul>
      {notes.length > listedNotes && <p>{t('webImportMore', { count: notes.length - listedNotes })}</p>}
    </>
  )
}

/** What an import of Web Annotations added and updated, what it refused and why, what the sanitiser removed. */
export function WebImportDialog({ report, onClose }: { report: WebImportReport; onClose: () => void }) {
  return (
    <Modal title={t('webImportTitle')} onClose={onClose}>
      <div data-testid="web-import-report">
        <p>{t('webImportPlaced', { count: report.accepted })}</p>
        {report.updated > 0 && <p>{t('webImportUpdated', { count: report.updated })}</p>}
        {report.unchanged > 0 && <p>{t('webImportSkipped', { count: report.unchanged })}</p>}
        <EntryNotes title={t('webImportRefused', { count: report.refused.length })} notes={report.refused} testId="web-import-refused" />
        <EntryNotes title={t('webImportLeftOut', { count: report.leftOut.length })} notes={report.leftOut} testId="web-import-left-out" />
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
